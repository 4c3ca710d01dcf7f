#!/usr/bin/env bash
# Train taggers and parsers side by side on one GPU within a wall-clock budget; keep the best of each.
#
#   quotes/models/train_gpu.sh MINUTES OUTDIR
#   FROM=bundled quotes/models/train_gpu.sh MINUTES OUTDIR    # go on from the shipped weights instead
#
# Needs build/train from `python -m quotes.models.train prepare` and stanza importable by python3.
# Same architectures as the CPU recipe (inference cost unchanged): the GPU buys more steps and larger
# batches, and room to try two batch sizes of each at once (one stanza process drives a GPU only lightly).
# Each run keeps its best dev model (weights only); the parser's optimizer checkpoints go to OUTDIR/ckpt,
# which nothing copies. The winners by dev score land in OUTDIR/depparse.pt and OUTDIR/pos.pt.
set -uo pipefail
minutes=${1:-7}
out=${2:-build/gpu-models}
py=${PYTHON:-python3}
mkdir -p "$out/ckpt"
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 OMP_NUM_THREADS=3
pids=()

run() {  # NAME STEP ARGS...: one trainer in the background, logging to OUTDIR/NAME.log
    local name=$1 step=$2
    shift 2
    mkdir -p "$out/$name"
    $py -m quotes.models.train "$step" --out "$out/$name" --minutes "$minutes" "$@" > "$out/$name.log" 2>&1 &
    pids+=($!)
}

if [ -z "${FROM:-}" ]; then
    run parser-b5000 parser --switch-at 0.7 -- --batch_size 5000 --eval_interval 200 \
        --checkpoint_save_name "$out/ckpt/parser-b5000.pt"
    run parser-b2000 parser --switch-at 0.7 -- --batch_size 2000 --eval_interval 400 \
        --checkpoint_save_name "$out/ckpt/parser-b2000.pt"
    run tagger-b250 tagger -- --batch_size 250 --max_steps_before_stop 1500
    run tagger-b100 tagger -- --batch_size 100 --max_steps_before_stop 2000
else
    # going on from trained weights: the parser straight to its low-rate stage, or a gentler first stage;
    # the taggers with a fresh Adam at a lower and at the usual rate
    run parser-b5000 parser --continue-from "$FROM" --switch-at 0 -- --batch_size 5000 --eval_interval 200 \
        --checkpoint_save_name "$out/ckpt/parser-b5000.pt"
    run parser-b2000 parser --continue-from "$FROM" --switch-at 0.5 -- --batch_size 2000 --eval_interval 400 \
        --lr 0.0005 --checkpoint_save_name "$out/ckpt/parser-b2000.pt"
    run tagger-b250 tagger --continue-from "$FROM" -- --batch_size 250 --lr 0.001 --max_steps_before_stop 3000
    run tagger-b100 tagger --continue-from "$FROM" -- --batch_size 100 --max_steps_before_stop 3000
fi
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done

best_of() {  # KIND FILE: copy the run with the highest dev score
    local kind=$1 file=$2 best="" top=-1 log score
    for log in "$out/$kind"-*.log; do
        score=$(grep -o "dev_score = [0-9.]*" "$log" | awk '{print $3}' | sort -g | tail -1)
        echo "$(basename "$log" .log): steps $(grep -o "STEP [0-9]*" "$log" | tail -1) best dev ${score:-none}"
        if [ -n "$score" ] && awk "BEGIN{exit !($score > $top)}"; then top=$score; best=${log%.log}; fi
    done
    if [ -n "$best" ]; then cp "$best/$file" "$out/$file" && echo "picked $(basename "$best") for $file"; fi
}
best_of parser depparse.pt
best_of tagger pos.pt
exit $status
