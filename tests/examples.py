"""Invented news snippets, one per attribution construction, with what the extractor must say.

Shared by the rule tests on saved parses (tests/fixtures/examples.json, no model needed) and the
end-to-end tests on the bundled models. Names are made up on purpose.
"""

from __future__ import annotations

from typing import NamedTuple


class Example(NamedTuple):
    id: str
    text: str
    quote: str  # the quote under test (first occurrence)
    speaker: str | None
    mention: str | None
    cue: str | None = None
    outlet: str | None = None
    quote_type: str | None = None


EXAMPLES: list[Example] = [
    Example("quote-then-X-said", '"We will rebuild the bridge by spring," Jane Holt said.',
            "We will rebuild the bridge by spring,", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("quote-then-said-X", '"The budget is balanced," said Finance Minister Tomas Berg.',
            "The budget is balanced,", "Tomas Berg", "Finance Minister Tomas Berg", "said", None, "direct"),
    Example("X-said-colon", 'Mayor Jane Holt said: "The bridge will reopen in May."',
            "The bridge will reopen in May.", "Jane Holt", "Mayor Jane Holt", "said", None, "direct"),
    Example("partial-in-reported-clause", 'Jane Holt said the plan was "a serious mistake" that would cost jobs.',
            "a serious mistake", "Jane Holt", "Jane Holt", "said", None, "partial"),
    Example("told-outlet", 'Tomas Berg told Reuters: "We have no plans to raise taxes."',
            "We have no plans to raise taxes.", "Tomas Berg", "Tomas Berg", "told", "Reuters", "direct"),
    Example("told-reporters", 'Tomas Berg arrived late. "Nothing has been decided," Berg told reporters.',
            "Nothing has been decided,", "Tomas Berg", "Berg", "told", "reporters", "direct"),
    Example("according-to", 'The deal was "a historic step for the region," according to Maria Lind.',
            "a historic step for the region,", "Maria Lind", "Maria Lind", "according to", None, "partial"),
    Example("quoted-as-saying", 'Maria Lind was quoted as saying the talks were "productive and frank".',
            "productive and frank", "Maria Lind", "Maria Lind", "quoted as saying", None, "partial"),
    Example("wrote", '"Our economy is growing again," Tomas Berg wrote on social media.',
            "Our economy is growing again,", "Tomas Berg", "Tomas Berg", "wrote", None, "direct"),
    Example("praised-for", 'Maria Lind praised the workers for "their courage under pressure".',
            "their courage under pressure", "Maria Lind", "Maria Lind", "praised", None, "partial"),
    Example("described-as", 'Tomas Berg spoke on Monday. He criticised the rules, which he described as '
            '"unfair to small farmers".', "unfair to small farmers", "Tomas Berg", "he", "described", None,
            "partial"),  # a relative clause about a thing is its own speech act: "which he described as"
    Example("adding-that", 'Maria Lind said the talks went well, adding that "both sides want a deal".',
            "both sides want a deal", "Maria Lind", "Maria Lind", None, None, "partial"),
    Example("continuation", '"We are ready," Jane Holt said. "The city has waited long enough."',
            "The city has waited long enough.", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("appositive", 'Peter Vance, the union\'s chief negotiator, said: "We will strike on Friday."',
            "We will strike on Friday.", "Peter Vance", "Peter Vance", "said", None, "direct"),
    Example("pronoun", 'Anna Kovacs met the press on Tuesday. She said: "I will not resign."',
            "I will not resign.", "Anna Kovacs", "She", "said", None, "direct"),
    Example("role-description", 'Finance Minister Tomas Berg spoke first. Later the finance minister said: '
            '"Inflation is under control."', "Inflation is under control.", "Tomas Berg", "the finance minister",
            "said", None, "direct"),
    Example("salient-description", 'Carl Dunne posted the video online. "Berg and Lind could not stop talking," '
            'the former deputy mayor commented.', "Berg and Lind could not stop talking,", "Carl Dunne",
            "the former deputy mayor", "commented", None, "direct"),
    Example("organization-said", 'The National Weather Agency said the storm was "the worst in a decade".',
            "the worst in a decade", "National Weather Agency", "The National Weather Agency", "said", None,
            "partial"),
    Example("fronted-adverbial", 'Hours later, Tomas Berg said the plan was "dead on arrival".',
            "dead on arrival", "Tomas Berg", "Tomas Berg", "said", None, "partial"),
    Example("fronted-name", 'Of his rival, Maria Lind wrote that he "has never run anything".',
            "has never run anything", "Maria Lind", "Maria Lind", "wrote", None, "partial"),
    Example("wire-dateline", 'OSLO, May 3 (Reuters) — Maria Lind said the vote was "a turning point".',
            "a turning point", "Maria Lind", "Maria Lind", "said", None, "partial"),
    Example("added-opens-next-quote", 'Jane Holt said, "The bridge is safe." She added, "We checked it twice."',
            "The bridge is safe.", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("answered", 'Tomas Berg took questions. "Not this year," Berg answered.',
            "Not this year,", "Tomas Berg", "Berg", "answered", None, "direct"),
    Example("speech-verb-sentence-then-quote", 'Jane Holt praised the volunteers. "They saved the town."',
            "They saved the town.", "Jane Holt", "Jane Holt", "praised", None, "direct"),
    Example("block-quote-after-colon", 'As Mayor Jane Holt wrote:\n\n"Spending rose by a third in two years."',
            "Spending rose by a third in two years.", "Jane Holt", "Mayor Jane Holt", "wrote", None, "direct"),
    Example("appositive-after-quote", '"Not this year," Tomas Berg, the club\'s coach, answered on Friday.',
            "Not this year,", "Tomas Berg", "Tomas Berg", "answered", None, "direct"),
    Example("digest-name-colon", 'POLLS WERE RIGHT AFTER ALL - Maria Lind and Tomas Berg: "The late swing was '
            'real."', "The late swing was real.", None, "Maria Lind and Tomas Berg", ":", None, "direct"),
    Example("sentence-subject-with-aside", 'Jane Holt, who leads the county council, mocked her rival for '
            '"a long week at the office" on Tuesday.', "a long week at the office", "Jane Holt", "Jane Holt",
            "mocked", None, "partial"),
    Example("continuation-same-speaker-between", '"The talks were useful," the ship owner told reporters when '
            'asked if she had met Lind, who chairs the board. "She listened closely."', "She listened closely.",
            None, "the ship owner", "told", "reporters", "direct"),
    Example("continuation-before-new-paragraph", '"We won," Tomas Berg said. "The town voted for change."\n'
            'Later that evening, Maria Lind conceded.', "The town voted for change.", "Tomas Berg",
            "Tomas Berg", "said", None, "direct"),
    Example("continuation-doubled-ascii-marks", "''We won,'' Tomas Berg said. ''The town voted for change.''",
            "The town voted for change.", "Tomas Berg", "Tomas Berg", "said", None, "direct"),
    Example("continuation-past-relative-clause", '"We are back," Maria Lind told reporters who had asked about the '
            'plan. "The work starts now."', "The work starts now.", "Maria Lind", "Maria Lind", "told", "reporters",
            "direct"),
    Example("subject-cannot-speak", 'His name was announced as "the winner of the year" on Friday.',
            "the winner of the year", None, None),
    Example("partial-clause-subject", 'Maria Lind saved her warmest words for the "quiet heroes" of the flood.',
            "quiet heroes", "Maria Lind", "Maria Lind", None, None, "partial"),  # no cue: the clause's subject
    Example("nickname-beside-name", 'Jane Roe sat next to her "dear pal" Tomas Berg at the dinner.',
            "dear pal", None, None),
    Example("reporter-beside-clause", 'Voters had "made a real choice" this year, Jane Holt said in a message.',
            "made a real choice", "Jane Holt", "Jane Holt", "said", None, "partial"),
    Example("transcript-label", 'Jane Roe spoke to the host on Sunday. Partial transcript:\n\n"HOLT: Where were '
            'you that night?\n\n"ROE: At home, with my family.\n\n"(APPLAUSE.)', "ROE: At home, with my family.",
            "Jane Roe", "ROE", ":", None, "direct"),
    Example("transcript-stage-direction", 'Partial transcript:\n\n"ROE: At home.\n\n"(APPLAUSE.)',
            "(APPLAUSE.)", None, None),
    Example("title-case-headline", 'Jane Roe: "No Regrets" If The Vote Goes Against Her', "No Regrets",
            "Jane Roe", "Jane Roe", ":", None, "direct"),
    Example("speaker-then-verb", 'Jane Holt left early. "It was a long night," Holt then recalled.',
            "It was a long night,", "Jane Holt", "Holt", "recalled", None, "direct"),
    Example("dash-signature", 'Readers wrote in after the debate.\n\n"He never answered the question." ― Maria Lind',
            "He never answered the question.", "Maria Lind", "Maria Lind", "―", None, "direct"),
    Example("party-affiliation", '"The bill is dead," Sen. Tomas Berg (D-Ore.) said on Friday.', "The bill is dead,",
            "Tomas Berg", "Sen. Tomas Berg", "said", None, "direct"),
    Example("headline-name-verb", 'Jane Roe Calls Budget Plan \u2018A Shambles\u2019\n\nJane Roe spoke on Monday.',
            "A Shambles", "Jane Roe", "Jane Roe", "Calls", None, "partial"),
    Example("headline-says-at-end", 'Road Plan Is \u2018Too Late,\u2019 Jane Holt Says\n\nJane Holt spoke on Monday.',
            "Too Late,", "Jane Holt", "Jane Holt", "Says", None, "partial"),
    Example("relative-pronoun", 'The board backed Tomas Berg, who says he is "deeply honored" by the vote.',
            "deeply honored", "Tomas Berg", "who", "says", None, "partial"),
    Example("headline-name-not-merged", 'Voters Turn On Mayor Jane Holt Over \u2018Broken Promises\u2019\n\n'
            'Jane Holt said, "I kept every promise."', "I kept every promise.", "Jane Holt", "Jane Holt", "said",
            None, "direct"),  # the headline's capitalised run is no name: the speaker is not "Voters Turn On ..."
    Example("name-modifying-a-role", 'The talks ended late. "We agreed on nothing," the Senate majority leader '
            'said.', "We agreed on nothing,", None, "the Senate majority leader", "said", None,
            "direct"),  # "Senate" only modifies "leader": not the speaker; no harvested role: abstain
    Example("show-title-after-cue", 'Tomas Berg told WNRT\'s "Morning Report" that the vote was close.',
            "Morning Report", None, None),  # a show is no quotation, even right after a speech verb
    Example("book-title", 'Jane Holt wrote about the flood in her book, "Rivers Rising," last year.',
            "Rivers Rising,", None, None),
    Example("two-word-cue", '"The vote is lost," Jane Holt shot back.', "The vote is lost,", "Jane Holt", "Jane Holt",
            "shot back", None, "direct"),
    Example("long-appositive", '"We will not sign," Tomas Berg, minister for roads, rail, and ports, said on Friday.',
            "We will not sign,", "Tomas Berg", "Tomas Berg", "said", None, "direct"),
    Example("another-official", '"It is over," added another city official.', "It is over,", None,
            "another city official", "added", None, "direct"),  # a description with no one to name it: abstain
    Example("former-abbreviated-title", '"We will appeal," said former Gov. Jane Roe of Utah.', "We will appeal,",
            "Jane Roe", "former Gov. Jane Roe of Utah", "said", None, "direct"),
    Example("object-before-participle", 'Tomas Berg explained the long delay by saying: "The parts never came."',
            "The parts never came.", "Tomas Berg", "Tomas Berg", None, None, "direct"),  # not "the long delay"
    Example("doubled-ascii-marks", "And Mayor Jane Holt gloated: ''I told you the bridge would hold.''",
            "I told you the bridge would hold.", "Jane Holt", "Mayor Jane Holt", "gloated", None, "direct"),
    Example("no-space-after-closing-mark", '"The vote is close,"Tomas Berg said on Monday. "We need one more day."',
            "We need one more day.", "Tomas Berg", "Tomas Berg", "said", None, "direct"),
    Example("who-after-a-name", 'The defeat was hard on Tomas Berg, who said he needed "a long rest."',
            "a long rest.", "Tomas Berg", "who", "said", None, "partial"),
    Example("asked-by", 'Jane Holt was asked by moderator Tomas Berg whether the plan risked "another costly delay."',
            "another costly delay.", "Tomas Berg", "moderator Tomas Berg", "asked", None, "partial"),
    Example("appositive-before-cue", 'Or, as Maria Lind, a former mayor of the town, put it: "The river always wins."',
            "The river always wins.", "Maria Lind", "Maria Lind", "put it", None, "direct"),
    Example("no-reply-is-no-speaker", '"We never met." The campaign did not respond to questions.', "We never met.",
            None, None),
    Example("with-participle", 'The council was annoyed, with Mayor Jane Holt calling the budget "a wish list."',
            "a wish list.", "Jane Holt", "Mayor Jane Holt", "calling", None, "partial"),
    Example("role-before-name-after-quote", '"Nothing has changed," City Hall press secretary Maria Lind told '
            'reporters.', "Nothing has changed,", "Maria Lind", "City Hall press secretary Maria Lind", "told",
            "reporters", "direct"),
    Example("quote-closed-before-new-sentence", '"Nothing has changed," Maria Lind said on Monday. "We will wait. '
            'It is a long road." Of the mayor, Tomas Berg said, "He will not wait."',
            "We will wait. It is a long road.", "Maria Lind", "Maria Lind", "said", None, "direct"),
    Example("show-title-with-season", 'Jane Holt wrote season two of "River Town," which airs on Fridays.',
            "River Town,", None, None),
    Example("title-before-its-genre", 'Acme bought the rights to "Low Tide," a thriller set in Maine.', "Low Tide,",
            None, None),
    Example("thing-in-reported-clause", 'Jane Holt said the plan should reiterate the city\'s "firm commitment" '
            'to parks.', "firm commitment", "Jane Holt", "Jane Holt", "said", None, "partial"),
    Example("said-X-ends-long-sentence", 'The pledge to "build more homes" appeals to young voters who rent and '
            'commute, said Tomas Berg, a pollster at Lind University.', "build more homes", "Tomas Berg",
            "Tomas Berg", "said", None, "partial"),
    Example("with-group-participle", 'Unions backed the mayor, with the Federation of Nurses calling her '
            '"a true ally."', "a true ally.", "Federation of Nurses", "the Federation of Nurses", "calling", None,
            "partial"),
    Example("continuation-with-trailing-words", '"We can still win," said Maria Lind, a campaign adviser. "We have '
            'good chances in the west and in the big cities of the north," which votes in June.',
            "We have good chances in the west and in the big cities of the north,", "Maria Lind", "Maria Lind", "said",
            None, "direct"),
    Example("continuation-after-aside", '"Greed is no policy," Jane Holt said in a speech, as she called for fair '
            'wages. "Money cannot decide everything."', "Money cannot decide everything.", "Jane Holt", "Jane Holt",
            "said", None, "direct"),
    Example("parenthetical-reporter", 'Tomas Berg spoke last. Mayor Jane Holt, Berg said, had spent "far too much" '
            'on roads.', "far too much", "Tomas Berg", "Berg", "said", None, "partial"),
    Example("pronoun-prefers-last-speaker", '"Prices will rise," Tomas Berg said of the plan drawn up by Peter Vance. '
            '"It is a tax on the poor," he added.', "It is a tax on the poor,", "Tomas Berg", "he", "added", None,
            "direct"),
    Example("debate-exchange-names", 'Holt: "We will fix the roads." Berg: "We will fix them first."',
            "We will fix them first.", "Berg", "Berg", ":", None, "direct"),
    Example("name-is-no-tweet-verb", 'Jane Holt is describing as "reckless" a Tomas Berg tweet attacking her aide.',
            "reckless", "Jane Holt", "Jane Holt", None, None, "partial"),  # not "a Tomas Berg" + "tweet"
    Example("subject-of-passive-head", 'Jane Holt was booed by the crowd after telling the council that its members '
            'were "being unfair."', "being unfair.", "Jane Holt", "Jane Holt", "telling", "the council", "partial"),
    Example("unrealized-speech-act", 'Tomas Berg said the council should call the deal "a betrayal of voters."',
            "a betrayal of voters.", "Tomas Berg", "Tomas Berg", "said", None, "partial"),
    Example("possessor-of-words", 'Maria Lind\'s attack on "lazy planning" drew applause from the hall.',
            "lazy planning", "Maria Lind", "Maria Lind's", None, None, "partial"),
    Example("possessor-of-slogan", 'Peter Vance\'s campaign slogan is "We build the future."',
            "We build the future.", "Peter Vance", "Peter Vance's"),
    Example("characterised-as", 'Tomas Berg dismissed Jane Holt\'s remarks as "deeply unfair" on Monday.',
            "deeply unfair", "Tomas Berg", "Tomas Berg", None, None, "partial"),
    Example("show-name-is-no-speech", 'Jane Holt watches "Harbor Lights" every week with her family.',
            "Harbor Lights", None, None),
    Example("as-X-put-it-before", 'As Maria Lind put it in a letter to members, the union is "fighting for its '
            'life."', "fighting for its life.", "Maria Lind", "Maria Lind", "put", None, "partial"),
    Example("as-X-put-it-after", 'The rule requires "proof of steady income," as a city memo put it.',
            "proof of steady income,", None, "a city memo", "put", None, "partial"),
    Example("indefinite-speaker-at-colon", 'During a long talk about the election, a neighbour commented: '
            '"Nobody here trusts either side."', "Nobody here trusts either side.", None, "a neighbour",
            "commented", None, "direct"),
    Example("also-opens-new-statement", 'Peter Vance backed the mayor because "she listens to people." He also '
            'said he\'s "tired of the old fights."', "she listens to people.", "Peter Vance", "Peter Vance"),
    Example("adding-after-split-name", '"Loans should not be a reward," Council Chairman Tomas Berg (East Ward) '
            'said in a statement, adding that the loans were handed out "like sweets."', "like sweets.",
            "Tomas Berg", "Council Chairman Tomas Berg", "said", None, "partial"),
    Example("pronoun-in-free-relative", 'Jane Holt attacked what she calls the "downtown club" at a rally on '
            'Sunday.', "downtown club", "Jane Holt", "Jane Holt", "calls", None, "partial"),
    Example("quipped-doubled-form", '"If these minutes run any longer, I will need a second lunch," Tomas Berg '
            'quipped at the end of the hearing.', "If these minutes run any longer, I will need a second lunch,",
            "Tomas Berg", "Tomas Berg", "quipped", None, "direct"),
    Example("counted-speaker-after", '"That is not how the budget works," said one official familiar with the '
            'talks.', "That is not how the budget works,", None, "one official familiar", "said", None,
            "direct"),
    Example("some-protesters-chanted", 'Outside the hall the crowd grew. "Fares down! Fares down! The mayor has got '
            'to go!" some protesters chanted as they marched.', "Fares down! Fares down! The mayor has got to go!",
            None, "some protesters", "chanted", None, "direct"),
    Example("remembered-X", '"He wanted every critic to see the numbers," remembered Peter Vance, the company\'s '
            'former spokesman.', "He wanted every critic to see the numbers,", "Peter Vance", "Peter Vance",
            "remembered", None, "direct"),
    Example("next-sentence-new-speaker", 'Jane Holt called the budget a "costly mistake." Tomas Berg said '
            'Maria Lind "got it right."', "costly mistake.", "Jane Holt", "Jane Holt", "called", None, "partial"),
    Example("capitalised-word-is-no-verb", 'Maria Lind said the police had "stopped" the Free State militia '
            'for a year.', "stopped", "Maria Lind", "Maria Lind", "said", None, "partial"),
    Example("day-is-no-speaker", 'A city official said Wednesday, "There are talks with the union."',
            "There are talks with the union.", None, "A city official", "said", None, "direct"),
    Example("with-X-adverb-participle", 'The two rivals have traded the sharpest words, with Jane Holt recently '
            'promising to "sweep them out of office."', "sweep them out of office.", "Jane Holt", "Jane Holt",
            "promising", None, "partial"),
    Example("headline-preposition-is-no-name", 'Jane Holt Calls the Ferry Plan \u2018A Fiasco\u2019 Over '
            'Harbour Comments\n\nJane Holt spoke on Monday.', "A Fiasco", "Jane Holt", "Jane Holt", "Calls", None,
            "partial"),
    Example("said-according-to-medium", '"We will not back down," Jane Holt said at the rally, according to the '
            'Daily Post.', "We will not back down,", "Jane Holt", "Jane Holt", "said", "the Daily Post", "direct"),
    Example("asks-as-aside", '"Does anyone here remember what the old bridge cost?" Jane Holt asks as a waiter walks '
            'past her table.', "Does anyone here remember what the old bridge cost?", "Jane Holt", "Jane Holt",
            "asks", None, "direct"),
    Example("cracked", 'During the debate, Maria Lind cracked, "I may be a planner, but I am a planner with a shovel."',
            "I may be a planner, but I am a planner with a shovel.", "Maria Lind", "Maria Lind", "cracked", None,
            "direct"),
    Example("capitalised-modifier-is-no-name", 'On Friday, Jane Holt joined the critics, saying in a Bergian post on '
            'a forum: "The new plan is dead."', "The new plan is dead.", "Jane Holt", "Jane Holt", "saying", None,
            "direct"),
    Example("wrong-curl-closing-mark", '\u201cThe numbers do not add up,\u201c said Peter Vance, a budget analyst. '
            '\u201cThey never did.\u201d', "The numbers do not add up,", "Peter Vance", "Peter Vance", "said", None,
            "direct"),
    Example("press-release-saying", "Maria Lind's campaign sent out a press release saying her rival owes "
            '"the voters an explanation for the missing funds."', "the voters an explanation for the missing funds.",
            "Maria Lind", "Maria Lind's campaign", "saying", None, "partial"),
    Example("same-she-again", 'Maria Lind spoke at the harbour on Monday. She was cheered. The crowd was large. '
            '"We will rebuild," she said. Asked about the vote, which Tomas Berg won with his party, she replied: '
            '"I do not know yet." The hall was hot. "Really," she added.', "Really,", "Maria Lind", "she", "added",
            None, "direct"),
    Example("always-after-the-is-no-person", 'The storm crossed the Western Pacific on Monday. "It was the worst '
            'night of my life," he said.', "It was the worst night of my life,", None, "he", "said", None, "direct"),
    Example("day-name-is-no-person", 'Voting began on Super Tuesday. "It will be a long night," he said.',
            "It will be a long night,", None, "he", "said", None, "direct"),
    Example("role-with-of-before-name", 'The talks opened with Secretary of State Jane Roe. "We are ready," said '
            'Roe.', "We are ready,", "Jane Roe", "Roe", "said", None, "direct"),
    Example("role-with-of-then-pronoun", 'Secretary of State Jane Roe arrived late. "We are ready," she said.',
            "We are ready,", "Jane Roe", "she", "said", None, "direct"),
    Example("plural-role-is-several-people", 'Tomas Berg, a senior analyst at the bank, spoke first. "The numbers '
            'are clear," analysts said.', "The numbers are clear,", None, "analysts", "said", None, "direct"),
    Example("complement-of-a-role-is-no-role", 'Secretary of State Jane Roe certified the count on Monday. The '
            'state said the count was "final and complete."', "final and complete.", None, "The state", "said",
            None, "partial"),
    Example("party-label-before-name", 'Democrat Jane Roe left the chamber early. "This vote was rigged," Roe told '
            'reporters.', "This vote was rigged,", "Jane Roe", "Roe", "told", "reporters", "direct"),
    Example("title-with-of-before-name", 'White House Chief of Staff Tomas Berg called the senators in. "We need '
            'this bill," Berg said.', "We need this bill,", "Tomas Berg", "Berg", "said", None, "direct"),
    Example("indefinite-description-is-nobody-named", 'Tomas Berg left the hall at noon. "He has lost the room," '
            'a longtime adviser said.', "He has lost the room,", None, "a longtime adviser", "said", None, "direct"),
    Example("state-department-is-one-name", 'The State Department said the talks were "frank and useful."',
            "frank and useful.", "State Department", "The State Department", "said", None, "partial"),
    Example("appositive-speaker-then-reported-subject", 'In an interview, Peter Vance, a former director of the '
            'port authority, said Jane Holt "was personally involved in every decision."',
            "was personally involved in every decision.", "Peter Vance", "Peter Vance", "said", None, "partial"),
    Example("relative-clause-on-a-document", 'Tomas Berg is releasing a new radio ad that urges listeners to '
            '"vote for the harbour plan."', "vote for the harbour plan.", "Tomas Berg", "Tomas Berg", "urges", None,
            "partial"),
    Example("coordinated-pronoun-speaks-for-itself", 'Jane Holt said the budget was ready, but she cautioned that the '
            'schools "will need more time."', "will need more time.", "Jane Holt", "she", "cautioned", None, "partial"),
    Example("contrast-clause-speaks-for-itself", 'Peter Vance said he would attend the meeting, although he wrote that '
            'he "rejects the plan outright."', "rejects the plan outright.", "Peter Vance", "he", "wrote", None,
            "partial"),
    Example("pronoun-in-coordinated-clause-is-its-subject", 'Peter Vance said on Monday that Tomas Berg had misled '
            'the council, and he accused Berg of "wasting everyone\'s time."', "wasting everyone's time.",
            "Peter Vance", "he", "accused", None, "partial"),
    Example("pronoun-after-though-is-the-main-subject", 'Maria Lind, who met Jane Holt in May, has praised the plan, '
            'though she added that it was "far from finished."', "far from finished.", "Maria Lind", "she", "added",
            None, "partial"),
    Example("subject-after-a-colon", 'Even people who backed the plan sounded unsure: Mayor Jane Holt called it '
            '"the least bad option we have."', "the least bad option we have.", "Jane Holt", "Mayor Jane Holt",
            "called", None, "partial"),
    Example("space-before-a-closing-mark", "''The council has never listened to us, '' said Tomas Berg, who runs "
            "the ferry.", "The council has never listened to us,", "Tomas Berg", "Tomas Berg", "said", None, "direct"),
    Example("a-newcomer-opening-a-sentence-takes-the-floor", '"We will rebuild," Peter Vance said at the harbour. '
            'Maria Lind, who runs the ferry, sold tickets all morning. "It was busy," she said.', "It was busy,",
            "Maria Lind", "she", "said", None, "direct"),
    Example("he-after-a-newcomer-subject", '"The plan is sound," Tomas Berg said on Monday. Peter Vance, 63, a '
            'fisherman, mended nets by the pier. "Nobody asked us," he said.', "Nobody asked us,", "Peter Vance",
            "he", "said", None, "direct"),
    Example("title-period-opens-no-sentence", '"We are ready," Peter Vance said after meeting Mr. Tomas Berg. '
            '"It went well," he said.', "It went well,", "Peter Vance", "he", "said", None, "direct"),
    Example("sentence-adverb-is-no-name", '"The vote was fair," Tomas Berg said. Nonetheless, he asked for a '
            'recount. "We must be sure," he said.', "We must be sure,", "Tomas Berg", "he", "said", None, "direct"),
    Example("contracted-pronoun-is-the-pronoun", '"We lost," Tomas Berg said on Monday. He\'s been telling '
            'reporters that the count was "badly run."', "badly run.", "Tomas Berg", "He", "telling", "reporters",
            "partial"),
    Example("appositive-closed-by-a-relative-clause", '"The ferry needs a new engine," Peter Vance, the mechanic who '
            'fixed it last winter wrote on Monday.', "The ferry needs a new engine,", "Peter Vance", "Peter Vance",
            "wrote", None, "direct"),
    Example("participle-after-a-relative-clause-is-the-main-clause", 'Maria Lind praised the harbour plan that '
            'Tomas Berg drafted last year, calling it "a fine piece of work."', "a fine piece of work.", "Maria Lind",
            "Maria Lind", "calling", None, "partial"),
    Example("a-spokesman-for-someone-is-not-them", 'A spokesman for Mayor Jane Holt said the bridge was '
            '"safe to use."', "safe to use.", None, "A spokesman for Mayor Jane Holt", "said", None, "partial"),
    Example("a-letter-speaks-for-its-sender", 'A letter from the Harbour Trust warned that "any delay will be '
            'costly."', "any delay will be costly.", "Harbour Trust", "A letter from the Harbour Trust", "warned",
            None, "partial"),
    Example("he-after-an-unnamed-spokesman", 'Tomas Berg built the bridge. A spokesman for Mr. Berg said the '
            'repairs were "on schedule." He added that the costs were "under control."', "under control.", None,
            "He", "added", None, "partial"),
    Example("mr-and-mrs-are-two-people", 'Jane Holt and Peter Holt opened a bakery in 1990. "We love bread," '
            'Mrs. Holt said. "It is hard work," Mr. Holt said.', "It is hard work,", "Peter Holt", "Mr. Holt",
            "said", None, "direct"),
    Example("a-couple-shares-a-surname", 'Anna and Peter Lind ran the shop for years. "It was our life," Mrs. '
            'Lind said. "We will miss it," Mr. Lind said.', "It was our life,", "Anna Lind", "Mrs. Lind", "said",
            None, "direct"),
    Example("transcript-line-with-a-role-before-the-name", 'Senator Peter Vance (D-Nordish):"Who gave you that '
            'number?"\n\nFormer deputy mayor Jane Holt:"We counted the ships ourselves."',
            "We counted the ships ourselves.", "Jane Holt", "Former deputy mayor Jane Holt", ":", None, "direct"),
    Example("signature-on-its-own-line", 'The claims were checked one by one.\n\n"Taxes have doubled since the '
            'bridge opened."\n\n- Maria Lind.\n\nThe figure is wrong: taxes rose by a third.',
            "Taxes have doubled since the bridge opened.", "Maria Lind", "Maria Lind", "-", None, "direct"),
    Example("said-a-former-role-and-name", '"We never saw the plans, \'not once,\' " said former harbour master '
            'Jane Holt during the hearing.', "We never saw the plans, 'not once,'", "Jane Holt",
            "former harbour master Jane Holt", "said", None, "direct"),
    Example("a-thing-before-an-inverted-speaker-is-no-speaker", 'The paradox of the harbour plan, says Jane Holt, '
            'a historian at the city museum, is that it was "both too early and too late."',
            "both too early and too late.", "Jane Holt", "Jane Holt", "says", None, "partial"),
    Example("retired-capitalised-role-and-name", 'The harbour plan "is the only one that keeps the port open," '
            'retired Navy captain Peter Vance said.', "is the only one that keeps the port open,", "Peter Vance",
            "retired Navy captain Peter Vance", "said", None, "partial"),
    Example("goes-on-recess-is-no-cue", 'By contrast, Mayor Jane Holt said that once the council goes on recess, '
            '"I will visit every harbour."', "I will visit every harbour.", "Jane Holt", "Mayor Jane Holt", "said",
            None, "direct"),
    Example("partial-in-a-thing-clause-reported-by-a-person", 'Peter Vance worried that the new harbour tax was '
            'becoming "a burden on every family."', "a burden on every family.", "Peter Vance", "Peter Vance", None,
            None, "partial"),
    Example("lead-in-name-over-trailing-pronoun", 'Jane Holt fired back: "We never agreed to that," she wrote. '
            '"Not once."', "We never agreed to that,", "Jane Holt", "Jane Holt", "fired back", None, "direct"),
    Example("a-shout-from-the-crowd", 'Some in the crowd booed, and when Jane Holt thanked the city and said it was '
            'good to be home, a man yelled "Stay there!"', "Stay there!", None, "a man", "yelled", None, None),
    Example("inverted-speaker-read-as-object", '"We are going to close the gap by spring," added her campaign manager '
            'Jane Holt, speaking to reporters after the rally.', "We are going to close the gap by spring,",
            "Jane Holt", "Jane Holt", "added", None, "direct"),
    Example("him-after-a-name-is-someone-else", 'Peter Vance spoke first. Maria Lind accused him of inventing the '
            'figures. "None of it is true," she said.', "None of it is true,", "Maria Lind", "she", "said", None,
            "direct"),
    Example("description-with-a-name-in-apposition", '"He never missed a match," said his best friend from school, '
            'Peter Vance, who played beside him for ten years.', "He never missed a match,", "Peter Vance",
            "his best friend from school", "said", None, "direct"),
    Example("a-tabloid-can-speak", 'But as the state-run tabloid noted in an editorial on Friday, the senator '
            '"has won few friends at home."', "has won few friends at home.", None, "the state-run tabloid",
            "noted", None, "partial"),
    Example("a-graduate-can-speak", 'At a forum in May, the young law graduate ended her speech with a warning: '
            '"Nobody will fix this for us."', "Nobody will fix this for us.", None, "the young law graduate",
            None, None, "direct"),
    Example("an-aide-speaks-not-the-owner", 'Jane Holt\'s campaign manager said the race "is far from over."',
            "is far from over.", None, "Jane Holt's campaign manager", "said", None, "partial"),
    Example("the-owner-of-a-statement-speaks", 'Jane Holt\'s statement called the ruling "a dark day for the '
            'city."', "a dark day for the city.", "Jane Holt", "Jane Holt's statement", "called", None, "partial"),
    Example("role-then-name-left-out-of-the-phrase", "The paper's deputy editorial page editor Peter Vance said on "
            'a morning show that the party had become "an echo chamber of itself."', "an echo chamber of itself.",
            "Peter Vance", "The paper's deputy editorial page editor Peter Vance", "said", None, "partial"),
    Example("role-then-name-then-told", "Later the city's deputy transport commissioner Peter Vance told a radio "
            'show that the plan was "dead on arrival."', "dead on arrival.", "Peter Vance",
            "the city's deputy transport commissioner Peter Vance", "told", "a radio show", "partial"),
    Example("a-role-and-a-surname-shaped-like-a-demonym", 'The vote was close. "We will try again next year," '
            'Sen. Keenan said.', "We will try again next year,", "Keenan", "Sen. Keenan", "said", None, "direct"),
    Example("officials-are-no-one-person", 'Jane Holt met the board on Monday. "Nothing was decided," border '
            'officials said.', "Nothing was decided,", None, "border officials", "said", None, "direct"),
    Example("a-source-stays-unnamed", 'Peter Vance left the meeting early. "He was furious," the source said.',
            "He was furious,", None, "the source", "said", None, "direct"),
    Example("the-official-introduced-unnamed", 'Peter Vance spoke on Friday. A senior city official said the '
            'plan was dead. "We have no money left," the official said.', "We have no money left,", None,
            "the official", "said", None, "direct"),
    Example("the-owners-aide-is-not-the-owner", 'Maria Lind toured the site. "The work will take a year," the '
            'governor\'s spokeswoman said.', "The work will take a year,", None, "the governor's spokeswoman",
            "said", None, "direct"),
    Example("surname-ending-like-a-demonym", 'Peter Kovach runs the port. "We are full until March," Kovach said.',
            "We are full until March,", "Peter Kovach", "Kovach", "said", None, "direct"),
    Example("surname-ending-in-i", 'Maria Sorvani chairs the board. "The vote is final," Sorvani said.',
            "The vote is final,", "Maria Sorvani", "Sorvani", "said", None, "direct"),
    Example("the-campaign-is-no-campaign-spokeswoman", 'Campaign spokeswoman Jane Holt declined to comment. Later '
            'the campaign said the rally had been "a great success."', "a great success.", None, "the campaign",
            "said", None, "partial"),
    Example("title-abbreviation-inside-the-mention", 'Rep. Peter Vance of Ohio, an ally of the mayor, said the '
            'deal was "a mistake."', "a mistake.", "Peter Vance", "Rep. Peter Vance", "said", None, "partial"),
    Example("title-abbreviation-after-place-words", 'Earlier, Republican Ohio Sen. Maria Lind said the plan was '
            '"a disaster."', "a disaster.", "Maria Lind", "Republican Ohio Sen. Maria Lind", "said", None, "partial"),
    Example("the-senator-is-the-sen", 'Sen. Maria Lind spoke after Peter Vance. "We will win this vote," the '
            'senator said.', "We will win this vote,", "Maria Lind", "the senator", "said", None, "direct"),
    Example("description-head-before-of", 'Secretary of State Jane Holt met Peter Vance on Monday. "The talks went '
            'well," the former secretary of state said.', "The talks went well,", "Jane Holt",
            "the former secretary of state", "said", None, "direct"),
    Example("a-reporting-name-takes-the-floor", '"We will open in May," Jane Holt said. The plan had won over the '
            'council, Peter Vance said. "It is the best offer we have had," he said.',
            "It is the best offer we have had,", "Peter Vance", "he", "said", None, "direct"),
    Example("an-opener-after-the-last-speaker", '"Prices will rise," Peter Vance said at the market. Tomas Berg, '
            'who sells fish there with his neighbour Ole Sand, was less sure. "People will not pay more," he said.',
            "People will not pay more,", "Tomas Berg", "he", "said", None, "direct"),
    Example("a-name-with-its-employer", 'Peter Vance of Harbourside Analytics said the plan was "bold but late."',
            "bold but late.", "Peter Vance", "Peter Vance of Harbourside Analytics", "said", None, "partial"),
    Example("an-owner-ending-in-s", '"We saw it coming," Harbour News’ Maria Lind said.', "We saw it coming,",
            "Maria Lind", "Harbour News’ Maria Lind", "said", None, "direct"),
    Example("a-description-goes-to-who-had-the-floor", 'Maria Lind met the lawyer of the company, Jane Holt, on '
            'Monday. "We are close to a deal," the mayor said.', "We are close to a deal,", "Maria Lind",
            "the mayor", "said", None, "direct"),
    Example("one-person-described-twice", 'Peter Vance toured the port on Monday. "Trade is up," the port '
            'director and former senator said.', "Trade is up,", "Peter Vance", "the port director and former senator",
            "said", None, "direct"),
    Example("a-titled-name-opening-a-sentence-has-the-floor", '"We will finish it," Jane Holt said. Harbour '
            'Commissioner Peter Vance, despite his doubts, backed the plan. "It is the right call," he said.',
            "It is the right call,", "Peter Vance", "he", "said", None, "direct"),
    Example("a-name-opening-a-clause-does-not", '"We will finish it," Peter Vance said. If Tomas Berg wins the '
            'vote, he said, "the port will close."', "the port will close.", "Peter Vance", "he", "said", None,
            "partial"),
    Example("a-middle-initial-stays-in-the-mention", '"It is not going to be easy for the port," said Gov. '
            'Peter T. Vance of Ohio.', "It is not going to be easy for the port,", "Peter T. Vance",
            "Gov. Peter T. Vance of Ohio", "said", None, "direct"),
    Example("continuation-after-an-appositive-with-a-verb", '"We like to be first with the news," said Jane Holt, '
            'a Vermont native who started out reporting on courts for a weekly. "The column suits that."',
            "The column suits that.", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("continuation-after-a-relative-clause-with-a-cue", '"Who really won tonight?" said Maria Lind, '
            'using a word Peter Vance has used to describe the mayor. "The council passed nothing of use."',
            "The council passed nothing of use.", "Maria Lind", "Maria Lind", "said", None, "direct"),
    Example("a-lead-in-cut-at-a-preposition-names-nobody", 'Maria Lind, a longtime ally of the mayor, drew a '
            'chorus of jeers upon saying, "The mayor listened to us."',
            "The mayor listened to us.", "Maria Lind", "Maria Lind", "saying", None, "direct"),
    Example("a-lead-in-ending-in-a-day-names-nobody", 'Jane Holt put out a statement Tuesday saying, "The count '
            'was not fair to anyone."', "The count was not fair to anyone.", None, None, None, None, "direct"),
    Example("a-byline-after-a-partial-quote-is-no-signature", 'Peter Vance said Monday that his group would "keep '
            'pushing for a vote."--Jane Holt.', "keep pushing for a vote.",
            "Peter Vance", "Peter Vance", "said", None, "partial"),
    Example("signed-quotes-on-one-line", '"We need a new mayor." ― Maria Lind "The bridge is still '
            'closed." ― Tomas Berg', "We need a new mayor.", "Maria Lind", "Maria Lind", "―", None, "direct"),
    Example("another-person-takes-the-floor-between-quotes", '"I had no part in it," Peter Vance replied. Jane '
            'Holt looked surprised and turned to the board members beside her. "How do you explain '
            'that?"', "How do you explain that?", "Jane Holt", "Jane Holt", None, None, "direct"),
    Example("the-same-person-between-quotes-keeps-the-floor", '"We are ready," Jane Holt said. Holt smiled at '
            'the crowd. "The city has waited long enough."', "The city has waited long enough.", "Jane Holt",
            "Holt", "said", None, "direct"),  # the speaker named again just before the quote is its mention
    Example("a-lead-in-name-after-an-inverted-said-in-the-sentence-before", '"We will not wait," said Peter Vance, '
            'president of the Harbour Police Association. Holt objected:\n\n"A mayor cannot close '
            'the port on her own."', "A mayor cannot close the port on her own.", "Holt", "Holt", "objected",
            None, "direct"),
    Example("continuation-after-an-opening-adverb", '"We hated the plan at first," said Jane Holt, '
            'head of policy at the Harbour Council. Now, "most shop owners back it."',
            "most shop owners back it.", "Jane Holt", "Jane Holt", "said", None, "partial"),
    Example("the-full-name-after-a-surname-keeps-the-floor", '"We are ready," Holt said. Jane Holt smiled at the '
            'crowd. "The city has waited long enough."', "The city has waited long enough.", "Jane Holt",
            "Jane Holt", "said", None, "direct"),
    Example("a-relative-with-the-same-surname-takes-the-floor", '"I never read the comments," Tom Berg said. Ann Berg '
            'shook her head. "He reads every one of them."', "He reads every one of them.", "Ann Berg",
            "Ann Berg", "shook", None, "direct"),  # (no speaker until shaking one's head introduced a quote)
    Example("a-quoted-subheading-continues-nobody", 'The plant closed in May.\n\n"We never saw it coming," '
            'Jane Holt said.\n\n\'A long winter ahead.\'\n\nThe workers met again in June.',
            "A long winter ahead.", None, None, None, None, "direct"),
    Example("a-speech-verb-inside-another-quote-is-quoted-words", 'Mayor Jane Holt said Thursday that the council '
            '"welcomes" an outside review of "budget gaps" at the transit agency.', "budget gaps",
            "Jane Holt", "Mayor Jane Holt", "said", None, "partial"),
    Example("a-belief-inside-a-reported-clause-is-the-reporters", 'During his years in office, Mayor Peter Vance '
            'said, most residents now believe "that the harbour must be cleaned up first."',
            "that the harbour must be cleaned up first.", "Peter Vance", "Mayor Peter Vance", "said", None,
            "partial"),
    Example("supporters-of-a-person-are-no-name-for-her", 'Supporters of Jane Holt gathered outside city hall on '
            'Monday. "We will keep fighting," Holt said.', "We will keep fighting,", "Jane Holt", "Holt", "said",
            None, "direct"),
    Example("aides-to-a-person-are-not-that-person", 'Aides to Jane Holt said the plan was "dead on arrival."',
            "dead on arrival.", None, "Aides to Jane Holt", "said", None, "partial"),
    Example("a-capitalised-plural-is-no-name", 'Analysts said the merger was "a long shot at best."',
            "a long shot at best.", None, "Analysts", "said", None, "partial"),
    Example('object-control-pronoun', 'Jane Holt spoke to the dock workers on Tuesday. The vote led her to '
            'declare that the harbour deal was "within reach."',
            'within reach.', 'Jane Holt', 'her', 'declare', None, 'partial'),
    Example('causing-verb-object-speaks', 'The clip was shared 5,000 times, leading advisers like Tom Berg '
            'to counter that "the figures are simply wrong."',
            'the figures are simply wrong.', None, 'advisers like Tom Berg', 'counter', None, 'partial'),
    Example('day-phrase-before-verb-is-no-subject', 'Peter Vance, who has argued with the port authority all '
            'month, on Friday described his idea for a "floating market" near the pier.',
            'floating market', 'Peter Vance', 'Peter Vance', 'described', None, 'partial'),
    Example('the-one-asked-does-not-ask', 'In a radio interview aired on Wednesday, Jane Holt was asked, '
            '"Which bridge would you close first?" Holt laughed and named none.',
            'Which bridge would you close first?', None, None, None, None, 'direct'),
    Example('negated-speech-verb-between-keeps-the-floor', '"The ferry schedule has slipped every winter," '
            'Tom Berg said after touring the terminal. He didn\'t suggest a date. "We will publish one when '
            'the boats are fixed."',
            'We will publish one when the boats are fixed.', 'Tom Berg', 'Tom Berg', 'said', None, 'direct'),
    Example('reports-colon-block-quote', 'Few of the donors gave more than a token sum. The Daily Ledger '
            'reports:\n\n"Only one donor in ten gave more than $50 to the harbour fund this spring."',
            'Only one donor in ten gave more than $50 to the harbour fund this spring.',
            'Daily Ledger', 'The Daily Ledger', 'reports', None, 'direct'),
    Example('that-quote-from-names-the-speaker', '"A town without a ferry is a town without a future." That '
            'quote from state commissioner Tom Vance ran on the front page of the paper.',
            'A town without a ferry is a town without a future.',
            'Tom Vance', 'state commissioner Tom Vance', 'quote from', None, 'direct'),
    Example('participle-after-a-colon-takes-the-sender', 'Long before Jane Holt reached the podium to '
            'acknowledge the result, her office mailed a flyer to residents saying: "Thank you for backing '
            'the harbour plan!"',
            'Thank you for backing the harbour plan!', None, 'her office', 'saying', None, 'direct'),
    Example('think-tank-is-no-speech-verb', '"The numbers look grim for the ferry," said Labour strategist '
            'Tom Berg, head of the Harbour Policy think tank. "It needs a rescue by June."',
            'It needs a rescue by June.', 'Tom Berg', 'Labour strategist Tom Berg', 'said', None, 'direct'),
    Example('lower-case-inverted-cue-after-a-question', 'Mayor Peter Vance strongly denies any plan to sell '
            'the port — "why would we sell the one thing that makes money?" asked Tom Berg, a shipping lawyer.',
            'why would we sell the one thing that makes money?', 'Tom Berg', 'Tom Berg', 'asked', None, 'partial'),
    Example('time-clause-in-the-attribution-keeps-the-floor', '"The leases cannot be cancelled on a whim," '
            'Holt spokesman Tom Berg told the Daily Ledger in July, after Mayor Vance asked about the '
            'warehouse leases. "They run until 2030."',
            'They run until 2030.', 'Tom Berg', 'Holt spokesman Tom Berg', 'told', 'the Daily Ledger', 'direct'),
    Example('in-someones-words', 'The fair moved to the river district because, in Acme’s words, "the old '
            'market hall is falling apart."',
            'the old market hall is falling apart.', None, 'Acme', 'words', None, 'partial'),
    Example('heres-name-colon', 'The party has changed a lot since then. Here’s Jane Roe at the 2004 launch: '
            '"We will put the harbour first and the lobbyists last."',
            'We will put the harbour first and the lobbyists last.',
            'Jane Roe', 'Jane Roe', 'Here’s', None, 'direct'),
    Example('adding-comma-continues', 'On the evening show, Peter Vance stated that the audit was "a mess." '
            'Adding, "Still, the money is all there, and nobody took a cent."',
            'Still, the money is all there, and nobody took a cent.',
            'Peter Vance', 'Peter Vance', 'stated', None, 'direct'),
    Example('while-clause-speech-is-not-the-quotes', 'While Vance calls the audit "a clean bill of health," '
            'Jane Holt dwells on the "missing ledger" part.',
            'missing ledger', 'Jane Holt', 'Jane Holt', None, None, 'partial'),
    Example('expressed-confidence-is-speech', 'The mayor went on the radio Thursday morning during a call-in '
            'show, in which Jane Holt expressed confidence that the tunnel would be "open to traffic before '
            'the first snow."',
            'open to traffic before the first snow.', 'Jane Holt', 'Jane Holt', 'expressed', None, 'partial'),
    Example('name-then-notes-read-as-noun', 'Acme notes that the ferry plans it reviewed are not '
            '"identical," with some costing twice as much as others.',
            'identical,', 'Acme', 'Acme', 'notes', None, 'partial'),
    Example('coordinated-partials-share-the-trailing-cue', 'Libraries are "a lifeline for small towns" and '
            '"keep children reading," Tom Berg, the former governor of Oregon, proclaimed to a cheering '
            'crowd at the hall.',
            'a lifeline for small towns', 'Tom Berg', 'Tom Berg', 'proclaimed', None, 'partial'),
    Example('inverted-cue-after-a-comma', 'Because of the way the council drew up the budget, explained Tom '
            'Berg, "the ferry will run out of money before the tunnel opens."',
            'the ferry will run out of money before the tunnel opens.',
            'Tom Berg', 'Tom Berg', 'explained', None, 'partial'),
    Example('guard-told-after-comma-is-not-inverted', 'After the vote on Monday, told Reuters by phone, "We '
            'will appeal," Jane Holt said.', 'We will appeal,', 'Jane Holt', 'Jane Holt', 'said', None, 'direct'),
    Example('guard-passive-agent-is-no-byline', 'The port plan has been called "a slow-motion giveaway" by '
            'Tom Berg, a professor at a local college.',
            'a slow-motion giveaway', 'Tom Berg', 'Tom Berg', 'called', None, 'partial'),
    Example('guard-as-clause-before-the-quote-still-speaks', 'As Jane Holt told reporters on Monday, the '
            'plan is "dead on arrival."',
            'dead on arrival.', 'Jane Holt', 'Jane Holt', 'told', 'reporters', 'partial'),
    Example('copula-frame-goes-on-in-the-same-voice', '"It is a stunt for the cameras," Tom Berg says. It\'s '
            '"the oldest trick in the council\'s book."',
            "the oldest trick in the council's book.", 'Tom Berg', 'Tom Berg', 'says', None, 'partial'),
    Example('adverb-and-place-after-the-cue-is-no-new-clause', '"This is the harbour office. Can I help '
            'you?" Jane Holt, a retired clerk from a river town, said softly into the phone.',
            'This is the harbour office. Can I help you?', 'Jane Holt', 'Jane Holt', 'said', None, 'direct'),
    Example('guard-bylined-title-is-no-speech', '"We never saw it coming," Peter Vance said.\n\n—"Why we lost '
            'the harbour vote," by the Ledger\'s Jane Roe: "The council never listened to the shop owners."',
            'Why we lost the harbour vote,', None, None, None, None, 'direct'),
    Example('a-titles-byline-name-before-a-colon-speaks', '"We never saw it coming," Peter Vance '
            'said.\n\n—"Why we lost the harbour vote," by the Ledger\'s Jane Roe: "The council never listened '
            'to the shop owners."',
            'The council never listened to the shop owners.', 'Jane Roe', 'Jane Roe', ':', None, 'direct'),
    Example('a-lead-in-in-a-when-clause-beats-the-main-clauses-cue', 'When a man in the audience shouted, '
            '"Resign," Jane Holt joked that she would think about it.',
            'Resign,', None, 'a man in the audience', 'shouted', None, 'direct'),
    Example('a-lead-in-after-an-after-clause-beats-a-trailing-cue', 'Jane Holt took questions on Monday. '
            'After her aides declined to comment, she warned, "If the council plays games with the budget, '
            'so will I," Holt told the morning show when asked about it.',
            'If the council plays games with the budget, so will I,', 'Jane Holt', 'she', 'warned', None, 'direct'),
    Example('a-statement-the-subject-issued-speaks-for-it', 'At Jane Holt\'s request, the council issued a '
            'statement apologizing to Tom Berg for the emails, which included staff members mocking his '
            'accent.\n\n"On behalf of everyone at the council, we want to offer a sincere apology to Tom Berg."',
            'On behalf of everyone at the council, we want to offer a sincere apology to Tom Berg.', None,
            'the council', 'apologizing', None, 'direct'),
    Example('a-quote-quoting-a-quote-in-the-same-marks-is-one-quote', '"The mayor\'s line that the ferry "pays for '
            'itself once the tourists come back" tells you she never read the budget," wrote Peter Vance, head of '
            'the Dover Ferry Trust.',
            'The mayor\'s line that the ferry "pays for itself once the tourists come back" tells you she never read '
            'the budget,',
            'Peter Vance', 'Peter Vance', 'wrote', None, 'direct'),
    Example('a-crowd-chanting-speaks', 'The quay filled up before noon, with sailors and dockers chanting "Keep the '
            'pier open." Then the rain came.',
            'Keep the pier open.', None, 'sailors and dockers', 'chanting', None, 'partial'),
    Example('guard-screaming-fans-chant-nothing', 'Jane Holt won the harbour seat on Saturday.\n\n"Thank you all," '
            'she tells the screaming fans packed into the old fish market. "Tomorrow we start on the piers."',
            'Tomorrow we start on the piers.', 'Jane Holt', 'she', 'tells', None, 'direct'),
    Example('a-quote-in-the-that-clause-of-her-remark-is-hers', 'Jane Holt runs the harbour office.\n\nThe letters '
            'from boat owners came soon after her remark that "the harbour belongs to whoever pays for its lights."',
            'the harbour belongs to whoever pays for its lights.', 'Jane Holt', 'her', None, None, 'partial'),
    Example('a-participle-phrase-between-name-and-verb', '"The boats were late again," ferry captain Tom Berg, '
            'holding his ticket book, said as the tide turned.',
            'The boats were late again,', 'Tom Berg', 'Tom Berg', 'said', None, 'direct'),
    Example('guard-a-quote-between-speaker-and-verb-is-not-his', 'Jane Roe, holding a banner that read "Ferry '
            'First," said the harbour would reopen in May.',
            'Ferry First,', None, None, None, None, 'partial'),
    Example('chided-is-a-speech-verb', 'Jane Holt chided the council for its "sleepy harbour policy" in a speech to '
            'ferry owners.',
            'sleepy harbour policy', 'Jane Holt', 'Jane Holt', 'chided', None, 'partial'),
    Example('dismissed-is-a-speech-verb', 'Peter Vance dismissed the ferry report as "a pile of guesses" on Tuesday.',
            'a pile of guesses', 'Peter Vance', 'Peter Vance', 'dismissed', None, 'partial'),
    Example('a-day-after-the-name-is-no-part-of-the-mention', 'Jane Holt on Monday chided the council for what she '
            'called its "sleepy harbour policy," and moved on.',
            'sleepy harbour policy,', 'Jane Holt', 'Jane Holt', 'chided', None, 'partial'),
    Example('a-nickname-after-known-as-has-no-speaker', 'Jane Roe, whom the crews have long known as "Skipper," said '
            'the ferries would run on Sunday.',
            'Skipper,', None, None, None, None, 'partial'),
    Example('neither-nor-is-nobody-speaking', 'The toll was raised twice this year.\n\nNeither Jane Holt nor Peter '
            'Vance criticised the toll at the meeting.\n\n"It will sink the port."',
            'It will sink the port.', None, None, None, None, 'direct'),
    Example('the-speaker-named-again-before-a-continued-quote', '"The ferry is late every single day," said Jane '
            'Holt, who sells tickets on the east pier. Holt wants a new harbour plan. "I just want a boat that comes '
            'on time."',
            'I just want a boat that comes on time.', 'Jane Holt', 'Holt', 'said', None, 'direct'),
    Example('started-after-a-quote-is-a-cue', 'The harbour board met in private on Monday.\n\n"Let me begin with the '
            'toll," Peter Vance started.\n\n"We never promised anything," Jane Holt said.',
            'Let me begin with the toll,', 'Peter Vance', 'Peter Vance', 'started', None, 'direct'),
    Example('wanted-to-know-is-asking', 'Jane Holt praised the new pier.\n\nThen Tom Berg wanted to know, "Who pays '
            'for the lights on the pier?"',
            'Who pays for the lights on the pier?', 'Tom Berg', 'Tom Berg', 'wanted to know', None, 'direct'),
    Example('a-dash-before-a-whole-quoted-sentence-leads-in', 'Jane Holt defended the ferry tax on Tuesday -- "Every '
            'boat that uses the harbour should pay its share."\n\nThe vote is next week.',
            'Every boat that uses the harbour should pay its share.',
            'Jane Holt', 'Jane Holt', 'defended', None, 'direct'),
    Example('guard-a-dash-before-a-short-phrase-is-no-lead-in', 'Tom Berg called the plan a mistake -- "a costly '
            'one" -- and left the room.',
            'a costly one', 'Tom Berg', 'Tom Berg', 'called', None, 'partial'),
    Example('an-organizations-it-speaks-through-a-participle', 'The Harbour Board kept quiet for a week. On Friday '
            'it turned on the council, saying the new fees "will empty the marina long before the summer is over."',
            'will empty the marina long before the summer is over.', 'Harbour Board', 'it', 'saying', None, 'partial'),
    Example('a-continued-quote-may-end-in-a-few-words-of-the-reporter', '"The boats will keep coming," said Jane '
            'Holt, who runs the ferry office. "People need the crossing. Nobody likes the fee. It is still a fair '
            'price" for the smaller boats.',
            'People need the crossing. Nobody likes the fee. It is still a fair price',
            'Jane Holt', 'Jane Holt', 'said', None, 'direct'),
    Example('what-they-call-is-the-clause-subjects-words', 'The Harbour Board wants voters to compare its plan with '
            'what they call the council\'s "tired old timetable."',
            'tired old timetable.', 'Harbour Board', 'The Harbour Board', 'call', None, 'partial'),
    Example('what-he-calls-in-a-to-clause-goes-to-the-name-above', 'Tom Berg went on the radio to read out what he '
            'calls the mayor\'s "secret pier deal."',
            'secret pier deal.', 'Tom Berg', 'Tom Berg', 'calls', None, 'partial'),
    Example('a-bare-day-is-never-a-subject', 'The harbour board put out a statement Friday saying the new toll "was '
            'never discussed with the fishermen who pay it," and asked for a meeting.',
            'was never discussed with the fishermen who pay it,', None, 'The harbour board', 'saying', None, 'partial'),
    Example('a-name-in-apposition-to-an-unknown-role-speaks', '"The boats were late again and nobody told us," '
            'harbour pilot Tom Berg, waving at the empty quay, said softly as the last boat left.',
            'The boats were late again and nobody told us,',
            'Tom Berg', 'harbour pilot Tom Berg', 'said', None, 'direct'),
    Example('a-long-appositive-still-leads-in', 'The toll rose again. As Jane Holt, a harbour lawyer and senior '
            'fellow at the North Shore Ferry Policy Institute, recently put it, "Did the board raise the fees to pay '
            'for the new pier?"',
            'Did the board raise the fees to pay for the new pier?', 'Jane Holt', 'Jane Holt', 'put it', None,
            'direct'),
    Example('a-copula-before-a-colon-hands-the-floor', 'Jane Holt runs the harbour. Asked whether the ferries would '
            'run, Holt was blunt: "We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Holt', None, None, 'direct'),
    Example('a-name-and-a-topic-before-a-colon', 'The ferry strike entered its third week.\n\nJane Holt on the '
            'strike: "We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Jane Holt', ':', None, 'direct'),
    Example('a-named-letter-before-a-colon', 'Jane Holt runs the harbour.\n\nHolt\'s letter to the council: "We '
            'regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Holt', ':', None, 'direct'),
    Example('a-name-and-an-aside-ending-the-paragraph-before', 'The ferry strike entered its third week.\n\nJane '
            'Holt, in a statement:\n\n"We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Jane Holt', ':', None, 'direct'),
    Example('guard-a-common-noun-before-a-colon-is-nobody', 'The ferry strike entered its third week.\n\nHarbour '
            'news on the strike: "We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', None, None),
    Example('the-one-asked-answers-in-the-next-quote', 'Jane Holt runs the harbour. Holt was asked about the '
            'strike. "We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Holt', None, None, 'direct'),
    Example('the-owner-of-a-response-speaks', 'Jane Holt runs the harbour. Holt\'s response came quickly: "We '
            'regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Holt', None, None, 'direct'),
    Example('a-surname-owning-a-statement-resolves', 'Jane Holt runs the harbour. Holt\'s statement said the '
            'ferries would "run again soon."',
            'run again soon.', 'Jane Holt', 'Holt\'s statement', 'said', None, 'partial'),
    Example('guard-a-surname-owning-a-campaign-is-not-its-speaker', 'Jane Holt runs the harbour. Holt\'s campaign '
            'said the ferries would "run again soon."',
            'run again soon.', None, 'Holt\'s campaign', 'said', None, 'partial'),
    Example('a-quoted-predicate-adjective-is-the-subjects', 'Jane Holt runs the harbour. Holt is "confident" the '
            'new pier will open by June.',
            'confident', 'Jane Holt', 'Holt', None, None, 'partial'),
    Example('a-pronoun-before-anyone-spoke-is-the-sentence-opener', 'Jane Holt met Tom Berg at the pier on Monday. '
            '"We regret the delay," she told him.',
            'We regret the delay,', 'Jane Holt', 'she', 'told', None, 'direct'),
    Example('she-agrees-with-a-given-name', 'Jane Holt and Tom Berg met at the pier on Monday. "We regret the '
            'delay," Holt said. "It was my fault," Berg replied. "No, it was mine," she said.',
            'No, it was mine,', 'Jane Holt', 'she', 'said', None, 'direct'),
    Example('a-bulleted-reaction-before-a-colon', 'Council members reacted on Monday.\n\n— Jane Holt, harbour '
            'master, on Twitter: "We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Jane Holt', ':', None, 'direct'),
    Example('a-party-tag-after-a-name-is-no-name', 'Council members reacted on Monday.\n\nRep. Jane Holt, R-Ore.: '
            '"We regret the delay. The ferries will run again soon."',
            'We regret the delay. The ferries will run again soon.', 'Jane Holt', 'Rep. Jane Holt', ':', None,
            'direct'),
    Example('a-document-reads-out-its-words', 'The board met on Monday.\n\n"We regret the delay," a statement '
            'from the Harbour Board read.',
            'We regret the delay,', 'Harbour Board', 'a statement from the Harbour Board', 'read', None, 'direct'),
    Example('said-on-a-station-names-the-medium', '"We regret the delay," Jane Holt said on Harbour Radio on '
            'Monday.',
            'We regret the delay,', 'Jane Holt', 'Jane Holt', 'said', 'Harbour Radio', 'direct'),
    Example('told-a-papers-reporter-names-both', '"We regret the delay," Jane Holt told the Daily Ledger\'s Tom '
            'Berg.',
            'We regret the delay,', 'Jane Holt', 'Jane Holt', 'told', 'the Daily Ledger\'s Tom Berg', 'direct'),
    Example('the-subject-after-an-opening-asked-answers', 'Jane Holt runs the harbour.\n\nAsked whether she would '
            'run again, Holt smiled and said nothing. "Ask me in May."',
            'Ask me in May.', 'Jane Holt', 'Holt', None, None, 'direct'),
    Example('a-phrase-ending-in-of-is-no-speaker', 'Jane Holt left the board in May. She had spent a week in '
            'hospital after what she called a "meltdown," a series of posts that alarmed the board.',
            'meltdown,', 'Jane Holt', 'she', 'called', None, 'partial'),
    Example('a-source-familiar-with-speaks', 'But a source familiar with the harbour inquiry said the parts of the '
            'network that were hacked suggested the intruders were seeking "shipping secrets."',
            'shipping secrets.', None, 'a source familiar with the harbour inquiry', 'said', None, 'partial'),
    Example('a-chorus-of-people-speaks', 'A chorus of harbour critics said on Monday that "no board member should '
            'lie about the tides."',
            'no board member should lie about the tides.', None, 'A chorus of harbour critics', 'said', None,
            'partial'),
    Example('a-handful-of-people-speaks', 'A handful of angry captains said the new fares were "a disgrace."',
            'a disgrace.', None, 'A handful of angry captains', 'said', None, 'partial'),
    Example('the-name-speaks-after-its-closed-who-clause', 'Jane Holt, who declined to comment for this article, '
            'proposes similar wording in the ferry section of the plan: "Fares must stay low for every family in '
            'the district."',
            'Fares must stay low for every family in the district.', 'Jane Holt', 'Jane Holt', None, None,
            'direct'),
    Example('a-closed-who-clause-then-the-speech-verb', 'It was less than three years ago that Tom Berg, who\'s '
            'thinking about running for mayor, said it was "impossible" for any outsider to win.',
            'impossible', 'Tom Berg', 'Tom Berg', 'said', None, 'partial'),
    Example('a-who-clause-missing-its-comma', '"This new fare is a disgrace to the whole town,"Tom Berg, who is '
            'chairman of the Harbour Board said in a statement.',
            'This new fare is a disgrace to the whole town,', 'Tom Berg', 'Tom Berg', 'said', None, 'direct'),
    Example('a-quoted-slogan-inside-an-appositive', '"We have had better seasons than this one," Dover pilot Tom '
            'Berg, wearing a yellow coat and "Save the Pier" badges, said calmly.',
            'We have had better seasons than this one,', 'Tom Berg', 'Dover pilot Tom Berg', 'said', None,
            'direct'),
    Example('referenced-is-a-speech-verb', 'Although the Harbour Board did not name the union, it referenced '
            '"rising tensions" at the port.',
            'rising tensions', 'Harbour Board', 'it', 'referenced', None, 'partial'),
    Example('in-the-words-of', 'The ferry was, in the words of Jane Holt, "the lifeline" of the island.',
            'the lifeline', 'Jane Holt', 'Jane Holt', 'in the words of', None, 'partial'),
    Example('a-lone-surname-taken-up-by-she', 'Holt was furious. "This is a disgrace," she said.\n\n"We will '
            'fight on," Holt said.',
            'This is a disgrace,', 'Holt', 'she', 'said', None, 'direct'),
    Example('guard-a-capitalised-opener-is-no-antecedent', 'Asked about the ferry, the crowd cheered. "This is a '
            'disgrace," he said.',
            'This is a disgrace,', None, 'he', 'said', None, 'direct'),
    Example('a-dash-hands-the-floor-to-a-name', 'Ferry traffic fell sharply. Pilots agree - Jane Holt: "Keep the '
            'boats running as late as possible."',
            'Keep the boats running as late as possible.', 'Jane Holt', 'Jane Holt', ':', None, 'direct'),
    Example('a-poll-share-speaks', 'About four in 10 said they were "angry" with the way the harbour board is '
            'operating.',
            'angry', None, 'four in 10', 'said', None, 'partial'),
    Example('guard-many-of-a-names-backers-are-not-the-name', 'Jane Holt runs the harbour. Many of Holt\'s backers '
            'said the new fares were "a betrayal."',
            'a betrayal.', None, 'Many of Holt\'s backers', 'said', None, 'partial'),
    Example('a-verb-in-a-title-case-line-ends-the-name', 'Jane Holt Is Right about this ferry\n\nHolt spoke at '
            'the pier on Monday. "We will fight on," she said.',
            'We will fight on,', 'Jane Holt', 'she', 'said', None, 'direct'),
    Example('a-county-recorder-is-a-role-before-the-name', '"We will count every ballot," Harbour County Recorder '
            'Jane Holt said.',
            'We will count every ballot,', 'Jane Holt', 'Harbour County Recorder Jane Holt', 'said', None, 'direct'),
    Example('a-junior-keeps-the-period-of-jr', 'Thomas B. Holt Jr. runs the harbour. "We will rebuild the pier," '
            'Mr. Holt said.',
            'We will rebuild the pier,', 'Thomas B. Holt Jr.', 'Mr. Holt', 'said', None, 'direct'),
    Example('a-long-line-without-a-period-ends-its-sentence', 'Jane Holt is keeping up her attacks on her closest '
            'rivals on the harbour board in the hours before the first Ferry Day votes \nHolt, in Dover, said '
            'Tuesday that Tom Berg was "a total lightweight."',
            'a total lightweight.', 'Jane Holt', 'Holt', 'said', None, 'partial'),
    Example('her-comment-that-comma-quote', 'Jane Holt runs the harbour. The union is unlikely to back Holt after '
            'her March comment that, "We are going to put a lot of ferry crews out of work."',
            'We are going to put a lot of ferry crews out of work.', 'Jane Holt', 'her', None, None, 'direct'),
    Example('his-assumption-stated-names-him', 'Tom Berg ran the ferry for years. His assumption, confidently '
            'stated on live radio, was that "as fares fall, riders will come back," and he cut them twice.',
            'as fares fall, riders will come back,', 'Tom Berg', 'His', 'stated', None, 'partial'),
    Example('participle-on-a-group-noun', 'It was not always so. Ten years ago you could see a harbour board '
            'defending the idea that "ferries must run at a loss."', 'ferries must run at a loss.', None,
            'a harbour board', None, None, 'partial'),
    Example('hyphenated-role-before-name', 'Harbour Pilots Union Secretary-Treasurer Tom Berg said: "We will sail '
            'on Friday."', 'We will sail on Friday.', 'Tom Berg', 'Harbour Pilots Union Secretary-Treasurer Tom Berg',
            'said', None, 'direct'),
    Example('co-role-before-name', 'Co-captain Tom Berg said: "We sail at dawn."', 'We sail at dawn.', 'Tom Berg',
            'Co-captain Tom Berg', 'said', None, 'direct'),
    Example('place-based-before-name', 'Ruritania-based Tom Berg said: "The tide is late."', 'The tide is late.',
            'Tom Berg', 'Ruritania-based Tom Berg', 'said', None, 'direct'),
    Example('title-runs-on-to-the-given-name', 'Deputy Secretary for Harbour Affairs Jane Holt said: "The pier will '
            'reopen."', 'The pier will reopen.', 'Jane Holt', 'Deputy Secretary for Harbour Affairs Jane Holt',
            'said', None, 'direct'),
    Example('surname-in-s-as-possessive', 'Tom Banks spoke on Monday. Reporters asked about Banks’ plan. "It will '
            'work," Banks said.', 'It will work,', 'Tom Banks', 'Banks', 'said', None, 'direct'),
    Example('quoted-day-named-after-someone', 'Islanders marked "Tom Berg Ferry Day," a holiday on the pier. "It is '
            'an honour," Berg said.', 'It is an honour,', 'Tom Berg', 'Berg', 'said', None, 'direct'),
    Example('vice-president-for-news-is-no-newsroom', 'The Harbour News reported the sale. "We will expand," the '
            'vice president for news said.', 'We will expand,', None, 'the vice president for news', 'said', None,
            'direct'),
    Example('share-of-a-name-is-no-name', 'Much of Holt’s speech on Monday was about ferries. "We sail at dawn," '
            'Holt said.', 'We sail at dawn,', 'Holt', 'Holt', 'said', None, 'direct'),
    Example('mister-is-not-the-wife', 'Jane Holt and her husband arrived late. "We are glad to be here," Mr. Holt '
            'said.', 'We are glad to be here,', 'Mr. Holt', 'Mr. Holt', 'said', None, 'direct'),
    Example('surname-alone-keeps-its-honorific', 'Mrs. Holt ran the ferry. "We sail at noon," Mrs. Holt said. Her '
            'husband disagreed. "We stay in port," Mr. Holt said.', 'We stay in port,', 'Mr. Holt', 'Mr. Holt', 'said',
            None, 'direct'),
    Example('name-of-an-employer-after-said', '"We will sail at dawn," said Tom Berg of the Harbour Board.',
            'We will sail at dawn,', 'Tom Berg', 'Tom Berg of the Harbour Board', 'said', None, 'direct'),
    Example('surname-of-an-employer-after-said', '"The fares must fall," said Holt of the Ferry Riders Union. Jane '
            'Holt has led the union since May.', 'The fares must fall,', 'Jane Holt', 'Holt of the Ferry Riders Union',
            'said', None, 'direct'),
    Example('abbreviated-role-before-name', 'Former AG Tom Berg spoke first. "The pier is safe," Berg said.',
            'The pier is safe,', 'Tom Berg', 'Berg', 'said', None, 'direct'),
    Example('initials-in-a-name', '"We sail at dawn," said Rep. G.K. Holt. "The tide is right."', 'We sail at dawn,',
            'G.K. Holt', 'Rep. G.K. Holt', 'said', None, 'direct'),
    Example('share-of-a-group-is-no-one', 'Six in 10 islanders said the fares were "too high" this year.',
            'too high', None, 'Six in 10 islanders', 'said', None, 'partial'),
    Example('common-noun-opening-a-sentence-is-no-name', 'Estimates say the fare "will double" by May. Other '
            'estimates differ.', 'will double', None, 'Estimates', 'say', None, 'partial'),
    Example('profession-before-a-name', 'Biologist Tom Berg studies the harbour seals. "They are thriving," Berg said.',
            'They are thriving,', 'Tom Berg', 'Berg', 'said', None, 'direct'),
    Example('honorific-after-a-title', 'Undersecretary for Harbours Mr. Berg spoke first. "We will dredge," Mr. Berg '
            'said.', 'We will dredge,', 'Mr. Berg', 'Mr. Berg', 'said', None, 'direct'),
    Example('role-in-capitals-is-no-name', 'Harbour Pilots CEO Jane Holt arrived. "We sail," the CEO said.',
            'We sail,', 'Jane Holt', 'the CEO', 'said', None, 'direct'),
    Example('issued-a-statement-then-quote', 'Senator Jane Holt, a Liberal from Ruritania, issued a statement '
            'regarding the closing of the pier. "Like many islanders, I am disappointed with the board\'s decision."',
            "Like many islanders, I am disappointed with the board's decision.", 'Jane Holt', 'Senator Jane Holt',
            'issued', None, 'direct'),
    Example('title-of-an-employer-then-name', 'After the vote, CEO of the Harbour Council Tom Berg told Ferry Radio '
            'any plan "must be well thought out."', 'must be well thought out.', 'Tom Berg',
            'CEO of the Harbour Council Tom Berg', 'told', 'Ferry Radio', 'partial'),
    Example('senator-from-a-place-is-no-place', 'At the hearing the senator from Ruritania said: "There will be no '
            'fair vote."', 'There will be no fair vote.', None, 'the senator from Ruritania', 'said', None, 'direct'),
    Example('supporter-of-a-name-is-not-that-name', 'A supporter of Jane Holt said: "She will win."', 'She will win.',
            None, 'A supporter of Jane Holt', 'said', None, 'direct'),
    Example('plural-noun-opening-a-mention-is-no-name', 'The ferry ran late again.\n\nPosts on the harbour forum '
            'said the timetable was "a work of fiction."', 'a work of fiction.', None, 'Posts on the harbour forum',
            'said', None, 'partial'),
    Example('relative-pronoun-speaks-a-cueless-partial', 'Holt spoke to the crowd. Holt, who has long painted Berg '
            'as "a reckless man," clearly meant the crowd to hear.', 'a reckless man,', 'Holt', 'who', None, None,
            'partial'),
    Example('age-heading-a-name', 'The ferry vote is close. 76-year-old Tom Berg, a retired pilot who has sailed for '
            'both lines, said that in his view: "Holt is the one. She knows the tides."',
            'Holt is the one. She knows the tides.', 'Tom Berg', '76-year-old Tom Berg', 'said', None, 'direct'),
    Example('according-to-opens-reported-speech', 'According to the Harbour Board, the pier will close in May.',
            'the pier will close in May', 'Harbour Board', 'the Harbour Board', 'According to', None, 'indirect'),
    Example('according-to-closes-reported-speech', "Fares will rise by a third this year, according to Tom Berg, the "
            "port's finance chief.", 'Fares will rise by a third this year', 'Tom Berg', 'Tom Berg', 'according to',
            None, 'indirect'),
    Example('two-reports-in-one-sentence', 'While Jane Holt has said that the pier is safe, Tom Berg said the ferry '
            'should wait a week.', 'the ferry should wait a week', 'Tom Berg', 'Tom Berg', 'said', None, 'indirect'),
    Example('participle-after-a-reported-clause-is-the-narrators', 'On Friday, Tom Berg told the Ledger that the '
            'ferry would keep its old timetable, ending the row with the pilots.',
            'that the ferry would keep its old timetable', 'Tom Berg', 'Tom Berg', 'told', 'the Ledger', 'indirect'),
    Example('asked-whether-is-reported-speech', 'Tom Berg asked whether the ferry would run on Sunday.',
            'whether the ferry would run on Sunday', 'Tom Berg', 'Tom Berg', 'asked', None, 'indirect'),
    Example('complained-that-is-reported-speech', 'Jane Holt complained that the fares had doubled since May.',
            'that the fares had doubled since May', 'Jane Holt', 'Jane Holt', 'complained', None, 'indirect'),
    Example('a-poll-found-that-is-reported-content', 'A harbour poll found that most islanders back the new pier.',
            'that most islanders back the new pier', None, 'A harbour poll', 'found', None, 'indirect'),
    Example('according-to-in-the-middle-of-a-sentence', 'In May, according to the Harbour Board, the pier will close '
            'for repairs.', 'the pier will close for repairs', 'Harbour Board', 'the Harbour Board', 'according to',
            None, 'indirect'),
    Example('according-to-first-counts', 'Turnout fell by a fifth this year, according to first counts from the '
            'harbour poll.', 'Turnout fell by a fifth this year', None, 'first counts from the harbour poll',
            'according to', None, 'indirect'),
    Example("relative-clause-inside-a-report", 'Tom Berg said he had read the harbour board\'s ledger, which '
            'he described as "a work of fiction."', "a work of fiction.", "Tom Berg", "he", "described", None,
            "partial"),
    Example("relative-clause-about-another-name", 'Jane Holt said Peter Vance would win the harbour seat, which '
            'she called "a sad day for the town."', "a sad day for the town.", "Jane Holt", "she", "called", None,
            "partial"),
    Example("relative-pronoun-is-not-its-antecedent", 'Peter Vance spoke first at the pier. Tom Berg replied on '
            'Monday. The board must now vote out harbour chief Tom Berg, who he denounced as a "menace to the fleet."',
            "menace to the fleet.", "Peter Vance", "he", "denounced", None, "partial"),
    Example("board-is-not-he", 'Peter Vance spoke at the pier on Monday. The board must defeat Tom Berg, whom he '
            'called "a menace to the fleet."', "a menace to the fleet.", "Peter Vance", "he", "called", None,
            "partial"),
    Example("name-stops-at-against", 'At the pier, Ann Lee waved a banner that read "Pilots Against Berg - Save Our '
            'Fleet." Tom Berg spoke later. "We will win the harbour," Berg said.', "We will win the harbour,",
            "Tom Berg", "Berg", "said", None, "direct"),
    Example("report-closing-the-sentence", 'The ferry will stop running on Sundays from May, the Ledger reported.',
            'The ferry will stop running on Sundays from May', 'Ledger', 'the Ledger', 'reported', None, 'indirect'),
    Example("confirmed-closing-the-sentence", 'The pier had been shut for repairs since the storm in March, the '
            'harbour master confirmed on Thursday.', 'The pier had been shut for repairs since the storm in March',
            None, 'the harbour master', 'confirmed', None, 'indirect'),
    Example("told-reporters-that-read-as-a-relative", 'The harbour chief told reporters that they would not pay for '
            'the old pier.', 'that they would not pay for the old pier', None, 'The harbour chief', 'told',
            'reporters', 'indirect'),
    Example("report-beside-a-quotation", 'Jane Holt called the plan "reckless" and said the board would lose the '
            'harbour vote.', 'the board would lose the harbour vote', 'Jane Holt', 'Jane Holt', 'said', None,
            'indirect'),
    Example("a-profession-noun-speaks", 'A retired pilot, who has sailed for both lines, said the new ferry was '
            '"unsafe in a storm."', 'unsafe in a storm.', None, 'A retired pilot', 'said', None, 'partial'),
    Example("a-chef-speaks", 'The chef said the fish market had been "a disaster since May."',
            'a disaster since May.', None, 'The chef', 'said', None, 'partial'),
    Example("who-after-a-place", 'The new toll will hurt young sailors on Ferry Island, who called it "a scandal."',
            'a scandal.', None, 'who', 'called', None, 'partial'),
    Example("who-after-an-employer", '"The ferry is safe," said Tom Berg, an engineer at Westport Marine, who added '
            'that the fees were "far too high."', 'far too high.', 'Tom Berg', 'who', 'added', None, 'partial'),
    Example("children-are-not-their-parent", "The pier was sold to Mr. Holt's grown children, who said it was "
            '"a mess."', 'a mess.', None, 'who', 'said', None, 'partial'),
    Example("nickname-inside-a-name", '"The island has waited long enough," Mary "Molly" Ward said.',
            'The island has waited long enough,', 'Mary Ward', 'Mary "Molly" Ward', 'said', None, 'direct'),
    Example("a-nickname-inside-a-name-has-no-speaker", '"The island has waited long enough," Mary "Molly" Ward '
            'said.', 'Molly', None, None),
    Example("nickname-in-a-titled-name", 'State Sen. Robert "Bobby" Lane (D-Ferry Town) said the vote was '
            '"a disgrace."', 'a disgrace.', 'Robert Lane', 'State Sen. Robert "Bobby" Lane', 'said', None, 'partial'),
    Example("who-clause-closed-by-the-verb", '"Nobody on the island asked for this toll. We will fight it at every '
            'meeting and in every court," Tom Berg, who runs the ferry workers\' union told the Ledger.',
            'Nobody on the island asked for this toll. We will fight it at every meeting and in every court,',
            'Tom Berg', 'Tom Berg', 'told', 'the Ledger', 'direct'),
    Example("long-phrase-then-wrote", '"The hull had rusted through in three places and the pumps could not have '
            'kept up with a rising tide for more than an hour," marine surveyor Ann Lowe of the Westport Registry '
            'for Shipping wrote in her report.', 'The hull had rusted through in three places and the pumps could '
            'not have kept up with a rising tide for more than an hour,', 'Ann Lowe',
            'marine surveyor Ann Lowe of the Westport Registry for Shipping', 'wrote', None, 'direct'),
    Example("closing-report-read-by-word-form", 'Fares on the night ferry rose "far faster than wages" over the '
            'decade, the complaint alleges.', 'far faster than wages', None, 'the complaint', 'alleges', None,
            'partial'),
    Example("affirms-colon", 'The charter affirms: "No member shall close the harbour without a vote."',
            'No member shall close the harbour without a vote.', None, 'The charter', 'affirms', None, 'direct'),
    Example("but-she-then-a-colon", 'Jane Holt called the plan "a mess from start to finish," but she offered the '
            'board one word of praise: "At least the ferries run on time."', 'At least the ferries run on time.',
            'Jane Holt', 'she', 'offered', None, 'direct'),
    Example("according-to-is-the-outlet", 'On Monday, Jane Holt said she was "happy to see" the vote pass, according '
            'to the Harbour Times.', 'happy to see', 'Jane Holt', 'Jane Holt', 'said', 'the Harbour Times', 'partial'),
    Example("told-police-is-the-outlet", '"I never touched the boat," the skipper told police.',
            'I never touched the boat,', None, 'the skipper', 'told', 'police', 'direct'),
    Example("quote-then-X-shrugged", 'Jane Holt smiled. "We will see," Holt shrugged.', 'We will see,', 'Jane Holt',
            'Holt', 'shrugged', None, 'direct'),
    Example("role-before-name-in-commas", "The town's longtime mayor, Jane Holt, called the vote unfair. \"It was "
            'rigged," the mayor said.', 'It was rigged,', 'Jane Holt', 'the mayor', 'said', None, 'direct'),
    Example("the-company-is-the-corporation", 'The Westport Marine Corporation said on Tuesday it would close the '
            'yard. "This is a painful decision," the company said.', 'This is a painful decision,',
            'Westport Marine Corporation', 'the company', 'said', None, 'direct'),
    Example("appositive-harbour-master", 'Peter Vance, the harbour master, warned that the pier could fall. "It is '
            'a matter of time," the harbour master said.', 'It is a matter of time,', 'Peter Vance',
            'the harbour master', 'said', None, 'direct'),
    Example("surname-particle-opens-a-sentence", 'Mayor Anna de Vries spoke on Monday. De Vries said the harbour '
            'was "safe for now."', 'safe for now.', 'Anna de Vries', 'De Vries', 'said', None, 'partial'),
    Example("surname-with-le", 'Jane Le Roux spoke on Monday. "We are safe," Le Roux said.', 'We are safe,',
            'Jane Le Roux', 'Le Roux', 'said', None, 'direct'),
    Example("one-word-role-while-another-has-the-floor", 'Sen. Jane Holt opened the session. Tom Berg, who also '
            'sits in the state senate, spoke next. Berg praised the crew. "We were lucky," the senator said.',
            'We were lucky,', None, 'the senator', 'said', None, 'direct'),
    Example("two-word-surname", 'Mario Vargas Ortiz spoke at the pier. "The sea is kind," Vargas Ortiz said.',
            'The sea is kind,', 'Mario Vargas Ortiz', 'Vargas Ortiz', 'said', None, 'direct'),
    Example("headline-label-gives-the-full-name", "Cecile Roe: 'No More Tolls'\n\nRoe spoke on Monday. "
            '"The toll must go," Roe said.', 'The toll must go,', 'Cecile Roe', 'Roe', 'said', None, 'direct'),
    Example("rival-is-a-role", 'Tom Berg won the vote. Rival Jane Holt conceded on Monday. "We will be back," '
            'Holt said.', 'We will be back,', 'Jane Holt', 'Holt', 'said', None, 'direct'),
    Example("donor-is-a-role", 'Donor Tom Berg gave the most. "I want a fair race," Berg said.', 'I want a fair race,',
            'Tom Berg', 'Berg', 'said', None, 'direct'),
    Example("sentence-adverb-is-no-given-name", 'Maybe Tom Berg will run again. "I want a fair race," Berg said.',
            'I want a fair race,', 'Tom Berg', 'Berg', 'said', None, 'direct'),
    Example("a-place-owns-no-speaking-body", "Ferry Town's port agency, the Harbour Authority, said the pier was "
            "closed.", 'the pier was closed', 'Harbour Authority', "Ferry Town's port agency", 'said', None,
            'indirect'),
    Example("possessive-after-a-quote-is-no-speaker", '"The ferry is back," Jane Holt wrote in a post. "Thank you '
            'all." Her post drew 500 replies.', 'Thank you all.', 'Jane Holt', 'Jane Holt', 'wrote', None, 'direct'),
    Example("medium-after-a-tree-linked-verb", 'Jane Holt wrote on Twitter that the toll was "dead."', 'dead.',
            'Jane Holt', 'Jane Holt', 'wrote', 'Twitter', 'partial'),
    Example("age-after-a-name-describes-later", 'Tom Berg, 54, has fished off the island for thirty years. '
            '"The fish are gone," the 54-year-old said.', 'The fish are gone,', 'Tom Berg', 'the 54-year-old',
            'said', None, 'direct'),
    Example("age-picks-one-of-two", 'Tom Berg, 54, and Ann Lowe, 61, have fished there for decades. "The fish '
            'are gone," the 61-year-old said.', 'The fish are gone,', 'Ann Lowe', 'the 61-year-old', 'said', None,
            'direct'),
    Example("age-never-given-describes-the-person-with-the-floor", 'Tom Berg has fished there for decades. "The '
            'fish are gone," the 54-year-old said.', 'The fish are gone,', "Tom Berg", 'the 54-year-old', 'said', None,
            'direct'),
    Example("age-given-to-another-is-no-guess", 'Tom Berg, 61, has fished there for decades. "The fish are gone," '
            'the 54-year-old said.', 'The fish are gone,', None, 'the 54-year-old', 'said', None,
            'direct'),
    Example("role-opening-a-sentence-takes-the-floor", 'Jane Holt, the mayor of Ferry Town, has opposed the toll. '
            '"It is a tax on islanders," she said.\n\nTom Berg, who chairs the Harbour Board, rejected that. "The '
            'toll pays for the ferries," he said.\n\nThe mayor was not persuaded. "We will see him in court," she '
            'said.', 'We will see him in court,', 'Jane Holt', 'she', 'said', None, 'direct'),
    Example("in-a-named-persons-words", 'Jane Holt spoke on Monday. In Holt\'s words, the toll was "a bad idea '
            'from the start."', 'a bad idea from the start.', 'Jane Holt', 'Holt', "In Holt's words", None, 'partial'),
    Example("the-department-is-a-department-of", 'The Department of Harbours said the pier would close. "Repairs '
            'will take a year," the department said.', 'Repairs will take a year,', 'Department of Harbours',
            'the department', 'said', None, 'direct'),
    Example("a-body-of-a-place-is-a-body", 'The University of Ferry Town said the pier would close. "Repairs '
            'will take a year," the university said.', 'Repairs will take a year,', 'University of Ferry Town',
            'the university', 'said', None, 'direct'),
    Example("appositive-closing-inside-a-title", '"It was a lie," Tom Berg, the author of "Ferry Tales," said.',
            'It was a lie,', 'Tom Berg', 'Tom Berg', 'said', None, 'direct'),
    Example("title-after-author-of-has-no-speaker", '"It was a lie," Tom Berg, the author of "Ferry Tales," said.',
            'Ferry Tales,', None, None),
    Example("corp-ends-a-company-name", 'Westport Marine Corp. cut 200 jobs on Monday. "This was a hard choice," '
            'the company said.', 'This was a hard choice,', 'Westport Marine Corp.', 'the company', 'said', None,
            'direct'),
    Example("dash-set-clause-before-the-verb", '"The toll is unfair," Holt — who has led the town since 2019 — '
            'said.', 'The toll is unfair,', 'Holt', 'Holt', 'said', None, 'direct'),
    Example("said-possessor-role-then-name", 'Jane Holt runs the harbour. "The pier is unsafe," said Holt\'s '
            'deputy, Tom Berg.', 'The pier is unsafe,', 'Tom Berg', "Holt's deputy", 'said', None, 'direct'),
    Example("multi-paragraph-quote-named-at-its-end", 'Jane Holt spoke first.\n\n"We have waited ten years for '
            'this bridge.\n\n"Ten years of promises.\n\n"Now it is time to build," she said.',
            'Ten years of promises.', 'Jane Holt', 'she', 'said', None, 'direct'),
    Example("headline-role-named-in-the-body", "Toll is 'robbery', says mayor\n\nJane Holt, the mayor of Ferry "
            'Town, said the new toll was "robbery."', 'robbery', 'Jane Holt', 'mayor', 'says', None, 'partial'),
    Example("he-after-a-pair-of-men-is-either", 'Tom Berg and Peter Vance argued for an hour.\n\n"He never '
            'listens," he said.', 'He never listens,', None, 'he', 'said', None, 'direct'),
    Example("told-that-read-as-a-clause-on-the-listener", 'Holt told reporters that the toll would be scrapped '
            'by March.', 'that the toll would be scrapped by March', 'Holt', 'Holt', 'told', 'reporters', 'indirect'),
    Example("possessed-reply-with-a-copula-then-colon", 'Jane Holt\'s reply to the board was short: "No."', 'No.',
            'Jane Holt', 'Jane Holt', ':', None, 'direct'),
    Example("appositive-role-starting-with-s", 'Ann Lowe, a spokeswoman for the board, said fares would rise.\n\n'
            '"We have no choice," the spokeswoman said.', 'We have no choice,', 'Ann Lowe', 'the spokeswoman', 'said',
            None, 'direct'),
    Example("fronted-role-with-a-phrase-after-its-head", 'A spokeswoman for the board, Ann Lowe, said fares would '
            'rise.\n\n"We have no choice," the spokeswoman said.', 'We have no choice,', 'Ann Lowe',
            'the spokeswoman', 'said', None, 'direct'),
    Example("pseudo-cleft-after-the-quote", 'Jane Holt spoke at the pier. "A disgrace." That\'s how Holt described '
            'the toll.', 'A disgrace.', 'Jane Holt', 'Holt', 'described', None, 'direct'),
    Example("quoted-by-an-outlet-as-saying", 'Jane Holt was quoted by the Ledger as saying that the toll was "a '
            'disgrace."', 'a disgrace.', 'Jane Holt', 'Jane Holt', 'saying', 'the Ledger', 'partial'),
    Example("the-newspaper-after-it-reported", 'The Islander first reported the closure. "The board has no plan," '
            'the newspaper said.', 'The board has no plan,', 'Islander', 'the newspaper', 'said', None, 'direct'),
    Example("the-paper-named-for-its-masthead", 'Jane Holt wrote to the Westport Ledger in May. "Nobody has '
            'answered us," the paper said on Friday.', 'Nobody has answered us,', 'Westport Ledger', 'the paper',
            'said', None, 'direct'),
    Example("the-newspaper-unknown", 'Jane Holt reported the leak in May. "Nobody has answered us," the newspaper '
            'said.', 'Nobody has answered us,', None, 'the newspaper', 'said', None, 'direct'),
    Example("firm-name-keeps-its-period", 'Acme Corp. cut 40 jobs on Friday. "It was a hard call," Acme Corp. said '
            'in a statement.', 'It was a hard call,', 'Acme Corp.', 'Acme Corp', 'said', None, 'direct'),
    Example("owner-noun-then-name-after-quote", '"Stop the cuts!" Holt\'s cousin, councillor Mary Ward, shouted '
            'from the gallery.', 'Stop the cuts!', 'Mary Ward', "Holt's cousin", 'shouted', None, 'direct'),
    Example("his-wife-is-not-him", 'Jane Holt and her husband Tom Berg run the shop. "We are not giving up," Berg '
            'said. "Never," his wife added.', 'Never,', None, 'his wife', 'added', None, 'direct'),
    Example("reaction-then-quote-only-sentence", 'Jane Holt and Tom Berg debated on Monday. "The shop must close," '
            'Holt said.\n\nBerg disagreed. "It will stay open."', 'It will stay open.', 'Tom Berg', 'Berg',
            'disagreed', None, 'direct'),
    Example("asked-then-laughed-then-quote", 'Asked if she would run again, Jane Holt laughed. "Never."', 'Never.',
            'Jane Holt', 'Jane Holt', 'Asked', None, 'direct'),
    Example("words-of-a-reduced-relative", 'The Harbour Board voted on Tuesday to raise ferry fares by 20 percent, '
            'a move islanders called "a tax on living here."', 'a tax on living here.', None, None, None, None,
            'partial'),
    Example("said-name-with-two-particles", '"The review is under way," said Tom van der Berg. "We expect results '
            'soon," Van der Berg added.', 'The review is under way,', 'Tom van der Berg', 'Tom van der Berg', 'said',
            None, 'direct'),
    Example("whom-he-described-as-inside-a-report", 'Tom Berg, the ferry\'s captain, said he had met the passengers, '
            'whom he described as "patient," on the morning crossing.', 'patient,', 'Tom Berg', 'he', 'described',
            None, 'partial'),
    Example("document-printed-on-a-day-speaks", 'A union flyer printed Friday calls the new fares "daylight '
            'robbery."', 'daylight robbery.', None, 'A union flyer', 'calls', None, 'partial'),
    Example("a-day-before-the-verb-is-no-subject", 'A union of 300 island fishermen, dockers and pilots this week '
            'sent a letter to the board and asked it to "keep the night crossing."', 'keep the night crossing.', None,
            'A union of 300 island fishermen', 'asked', None, 'partial'),
    Example("a-name-always-after-the-is-of-unknown-kind", 'The Westport Harriers said the new fares were "too '
            'high." The Westport Harriers have 40 members.', 'too high.', 'Westport Harriers', 'The Westport Harriers',
            'said', None, 'partial'),
    Example("rails-against-a-quoted-phrase", 'Jane Holt spoke at the pier on Monday. In every speech she rails '
            'against "the ferry cartel."', 'the ferry cartel.', 'Jane Holt', 'she', 'rails', None, 'partial'),
    Example("cited-a-quoted-name", 'Tom Berg cited the "Harbour First" rule twice in his speech on Monday.',
            'Harbour First', 'Tom Berg', 'Tom Berg', 'cited', None, 'partial'),
    Example("citing-aside-then-said-a-clause", 'Peter Vance, citing "the old harbour rule," said the board would '
            'meet again in May.', 'the old harbour rule,', 'Peter Vance', 'Peter Vance', 'citing', None, 'partial'),
    Example("said-then-a-clause-is-no-inverted-speaker", 'Jane Holt, in a nod to "the harbour\'s long history," '
            'said the board would meet again in May.', "the harbour's long history,", 'Jane Holt', 'Jane Holt', None,
            None, 'partial'),
    Example("read-one-of-the-signs", 'Protesters carried signs to the pier on Friday, the Ledger reported. '
            '"Save the pier!" read one.', 'Save the pier!', None, 'one', 'read', None, 'direct'),
    Example("capitals-label-is-no-antecedent", 'Ferry fares to rise.\n\nSTORY CONTINUES.\n\nFares will rise in May. '
            'It said the rise was "needed."', 'needed.', None, 'It', 'said', None, 'partial'),
    Example("surname-that-is-a-role-word", '"The pier stays," said Tom King, a councillor. "We have the votes," '
            'King said.', 'We have the votes,', 'Tom King', 'King', 'said', None, 'direct'),
    Example("surname-shaped-like-a-demonym", 'Ann Walch chairs the ferry users. "Fares must fall," Walch said on '
            'Monday.', 'Fares must fall,', 'Ann Walch', 'Walch', 'said', None, 'direct'),
    Example("she-after-a-long-quote", 'Jane Holt runs the night ferry.\n\n"We carry 400 people a day. The boat is '
            'old. The engine fails twice a week. The board knows it. Nobody has come to see it," she said.',
            'We carry 400 people a day. The boat is old. The engine fails twice a week. The board knows it. Nobody '
            'has come to see it,', 'Jane Holt', 'she', 'said', None, 'direct'),
    Example("conjunction-clause-is-no-appositive", 'Jane Holt would not discuss the matter, and when pressed by '
            'reporters on the pier, replied, "The fees are paid."', 'The fees are paid.', 'Jane Holt', 'Jane Holt',
            'replied', None, 'direct'),
    Example("what-he-called-after-a-woman-named", 'Ms. Holt, Tom Berg\'s old rival, had sailed the ferry into what '
            'he called "pirate waters."', 'pirate waters.', 'Tom Berg', 'he', 'called', None, 'partial'),
    Example("initialism-keeps-its-periods", 'The H.P.A. said on Monday that the pier was "not a crime scene."',
            'not a crime scene.', 'H.P.A.', 'The H.P.A.', 'said', None, 'partial'),
    Example("abbreviated-president-title", 'Harbour Board Pres. Jane Holt spoke first. Pres. Holt said fares would '
            '"stay low."', 'stay low.', 'Jane Holt', 'Pres. Holt', 'said', None, 'partial'),
    Example("initialism-inside-a-phrase", '"The pier was handled badly," said a former U.S. coast guard official '
            'who oversaw the harbour.', 'The pier was handled badly,', None,
            'a former U.S. coast guard official', 'said', None, 'direct'),
    Example("website-name-keeps-its-domain", 'Ferry delays doubled last year, according to Ferrywatch.org.',
            'Ferry delays doubled last year', 'Ferrywatch.org', 'Ferrywatch.org', 'according to', None,
            'indirect'),
    Example("plural-title-names-several", 'Sens. Jane Holt (Westport) and Tom Berg (Ferry Town) said the toll was '
            '"unfair."', 'unfair.', None, 'Sens. Jane Holt', 'said', None, 'partial'),
    Example("sources-close-to-a-body", '"The plan is dead," sources close to the board said.', 'The plan is dead,',
            None, 'sources close to the board', 'said', None, 'direct'),
    Example("footage-of-a-person-saying", 'The ad ends with footage of Tom Berg saying at the meeting on Monday, '
            '"That is my business," when Holt asked him about the fees.', 'That is my business,', 'Tom Berg',
            'Tom Berg', 'saying', None, 'direct'),
    Example("she-responded-by-calling-him", 'Tom Berg called Jane Holt "a liar" in a radio interview, and she '
            'responded by calling him "a coward."', 'a coward.', 'Jane Holt', 'she', 'calling', None, 'partial'),
    Example("object-of-on-before-a-participle-is-no-speaker", 'Ann Lowe responded to the mayor\'s post on Harbour TV '
            'writing, "The pier stays open. We will fight for it."', 'The pier stays open. We will fight for it.',
            'Ann Lowe', 'Ann Lowe', None, None, 'direct'),
    Example("signature-line-with-a-gloss", 'The mayor spoke first.\n\n"The ferry is the town\'s lifeline."\n\n'
            '-Tom Berg, writing after the vote.', "The ferry is the town's lifeline.", 'Tom Berg', 'Tom Berg', None,
            None, 'direct'),
    Example("surmised-after-the-quote", 'Jane Holt had doubts about the plan.\n\n"People want the pier back," '
            'she surmised.', 'People want the pier back,', 'Jane Holt', 'she', 'surmised', None, 'direct'),
    Example("question-then-asked-the-listener", 'Ann Lowe met Tom Berg at the pier.\n\n"Did you vote for the toll?" '
            'Lowe asked the harbour master on a walk along the docks. "I did not."',
            'Did you vote for the toll?', 'Ann Lowe', 'Lowe', 'asked', None, 'direct'),
    Example("released-a-statement-saying", 'Jane Holt left the board in May. That week she released a statement '
            'saying, "The board deserves a fresh start."', 'The board deserves a fresh start.', 'Jane Holt', 'she',
            'saying', None, 'direct'),
    Example("issued-a-statement-comma", 'On Sunday, Jane Holt issued a statement, "Our thoughts are with every '
            'family who lost a home."', 'Our thoughts are with every family who lost a home.', 'Jane Holt',
            'Jane Holt', 'issued', None, 'direct'),
    Example("surname-that-is-a-function-word", 'Most dock owners regarded the board as "a club for insiders," '
            'From said. "We wanted to change that."', 'a club for insiders,', None, 'From', 'said', None, 'partial'),
    Example("participle-opener-hands-the-floor", 'Tom Berg chairs the finance committee. "It is not enough," Berg said.'
            '\n\nAsked whether she would resign, Holt shook her head. "Not a chance."', 'Not a chance.', 'Holt', 'Holt',
            None, None, 'direct'),
    Example("role-and-name-read-as-two-subjects", '"They never listened to us," said fisherman Joe Tally, 61.',
            'They never listened to us,', 'Joe Tally', 'fisherman Joe Tally', 'said', None, 'direct'),
    Example("it-after-a-statement-no-far-organisation", '"This is a big win," said Maria Sola of the Valley Water '
            'Alliance. Her group spent $2 million on ads.\n\nOdell\'s office released a statement on Thursday. "The '
            'governor has chosen politics over people," it read.', 'The governor has chosen politics over people,',
            None, 'it', 'read', None, 'direct'),
    Example("bare-state-before-a-title", 'Lawmakers argued for hours.\n\n"The authority\'s finances are a mess," state '
            'Sen. Victor Hale, a Republican who represents the area, wrote on Facebook.',
            "The authority's finances are a mess,", 'Victor Hale', 'Sen. Victor Hale', 'wrote', 'Facebook', 'direct'),
    Example("role-tells-the-gender", 'Grace Young runs the bakery. Her husband, Tom, handles the books.\n\n'
            '"She\'s the heart of it," he says.', "She's the heart of it,", 'Tom', 'he', 'says', None, 'direct'),
    Example("share-of-voters-in-a-poll", 'In a Harbour Gazette poll taken in May, 55 percent of voters said the '
            'pier should be "rebuilt at once."', 'rebuilt at once.', None, 'a Harbour Gazette poll', 'said', None,
            'partial'),
    Example("name-before-a-role-aside-after-an-interview-phrase", 'In an interview with the Harbour Gazette, Tom '
            'Berg, the union\'s lead negotiator, said members would vote "within days" if a deal is reached.',
            'within days', 'Tom Berg', 'Tom Berg', 'said', 'the Harbour Gazette', 'partial'),
    Example("officials-familiar-with-keep-their-phrase", 'Two officials familiar with the talks said the deal was '
            '"very close."', 'very close.', None, 'Two officials familiar with the talks', 'said', None, 'partial'),
    Example("as-a-band-sang-a-lyric", 'Life on the coast is hard. As the Harbour Singers once sang at the town '
            'fair, "The tide takes what it wants."', 'The tide takes what it wants.', 'Harbour Singers',
            'the Harbour Singers', 'sang', None, 'direct'),
    Example("dash-gloss-after-a-continued-quote", '"Turnout will decide it," said Tom Vance, who chairs the county '
            'party. "Holt needs the harbour wards. Berg needs a miracle" - a reference to the storm that closed the '
            'polls in 2019.', 'Holt needs the harbour wards. Berg needs a miracle', 'Tom Vance', 'Tom Vance', 'said',
            None, 'direct'),
    Example("paraders-chant-not-the-town", 'Students parading through the old town chanted "Save the ferry!" and did '
            'not stop until midnight.', 'Save the ferry!', None, 'Students', 'chanted', None, 'partial'),
    Example("who-aside-then-a-subjectless-report", 'Peter Vance is the treasurer.\n\nVance, who argues the county '
            'and its partners must pay for the dredging, tweeted that the deal "cannot stand."', 'cannot stand.',
            'Peter Vance', 'Vance', 'tweeted', None, 'partial'),
    Example("whose-aside-parsed-as-a-second-subject", 'Peter Vance is the treasurer.\n\nVance, whose father and '
            'grandfather sold fish on the pier, and who has gathered 4,000 signatures, called the closure "a '
            'betrayal of the town."',
            'a betrayal of the town.', 'Peter Vance', 'Vance', 'called', None, 'partial'),
    Example("participle-with-a-by-phrase", 'The plan, described as "a giveaway" by Peter Vance, passed on Monday.',
            'a giveaway', 'Peter Vance', 'Peter Vance', 'described', None, 'partial'),
    Example("by-phrase-hung-on-the-label", 'Critics point to the cost of the inquiry, branded as a "sinkhole for '
            'cash" by the fishermen.', 'sinkhole for cash', None, 'the fishermen', 'branded', None, 'partial'),
    Example("as-described-by-beside-the-quote", 'The budget was "a work of fiction" – as described by Peter Vance – '
            'and the board sent it back.', 'a work of fiction', 'Peter Vance', 'Peter Vance', 'described', None,
            'partial'),
    Example("a-charge-she-denied-is-no-speaker", 'Peter Vance accused Jane Holt of "lying to the town," a charge '
            'she denied.', 'lying to the town,', 'Peter Vance', 'Peter Vance', 'accused', None, 'partial'),
    Example("the-late-before-an-apposed-name", 'Jane Holt chairs the board. Holt\'s predecessor, the late Tom Berg, '
            'once called the pier "the soul of the harbour."', 'the soul of the harbour.', 'Tom Berg',
            "Holt's predecessor", 'called', None, 'partial'),
    Example("and-i-quote-is-the-writer", 'Peter Vance never liked the pier. At the meeting he said, and I quote, '
            '"Let it sink."', 'Let it sink.', 'Peter Vance', 'he', 'said', None, 'direct'),
    Example("participle-hung-on-the-reported-clause", 'Peter Vance said the board members were out of touch, '
            'calling them "a bunch of accountants."', 'a bunch of accountants.', 'Peter Vance', 'Peter Vance',
            'calling', None, 'partial'),
    Example("participle-after-an-adjective-clause", 'Jane Holt was certain that the harbour and the fleet must stay '
            'under one authority, warning the minister they would "fight every inch."', 'fight every inch.',
            'Jane Holt', 'Jane Holt', 'warning', None, 'partial'),
    Example("portrayed-as", 'In the new radio spot, Tom Berg portrays his rival as "a friend of the developers."',
            'a friend of the developers.', 'Tom Berg', 'Tom Berg', 'portrays', None, 'partial'),
    Example("referred-to-as", 'In the debate, Tom Berg referred to the new pier as "a bridge to nowhere."',
            'a bridge to nowhere.', 'Tom Berg', 'Tom Berg', 'referred', None, 'partial'),
    Example("unclosed-first-piece-takes-the-speaker-named-last", 'Peter Vance said the town was split. "It is a '
            'shame," he said.\n\n"We need to move on. The town needs a new pier, and soon.\n\n"Every year we wait '
            'costs money," Jane Holt said.', 'We need to move on. The town needs a new pier, and soon.',
            'Jane Holt', 'Jane Holt', 'said', None, 'direct'),
    Example("a-body-noun-before-a-name-is-its-role", 'The state news agency Kesta reported the clash on Monday. '
            'The agency said the troops had "withdrawn in good order."', 'withdrawn in good order.', 'Kesta',
            'The agency', 'said', None, 'partial'),
    Example("a-body-noun-in-apposition-is-its-role", 'Kesta, the state news agency, reported the clash on Monday. '
            'The agency said the troops had "withdrawn in good order."', 'withdrawn in good order.', 'Kesta',
            'The agency', 'said', None, 'partial'),
    Example("a-noun-capitalised-only-at-a-sentence-start-is-no-name", 'Union president Ann Lee spoke first.\n\nThe '
            'fishermen\'s union says the vote was "a disgrace."', 'a disgrace.', None, "The fishermen's union",
            'says', None, 'partial'),
    Example("participle-under-the-quote-verb-takes-the-sentence-subject", 'Tom Berg hardly settled the matter, '
            'treating the charge first as a joke -- "That is rich" -- and, when pressed after the meeting, insisting, '
            '"Of course the board paid its bills."', 'Of course the board paid its bills.', 'Tom Berg', 'Tom Berg',
            'insisting', None, 'direct'),
    Example("likened-to", 'Jane Holt likened the harbour plan to "rearranging deck chairs."',
            'rearranging deck chairs.', 'Jane Holt', 'Jane Holt', 'likened', None, 'partial'),
    Example("with-phrase-before-a-participle-the-parser-gave-a-subject", 'Jane Holt and Peter Vance clashed again. '
            'The two exchanged words, with Holt telling Vance to "sit down and listen."', 'sit down and listen.',
            'Jane Holt', 'Holt', 'telling', 'Vance', 'partial'),
    Example("a-stance-after-a-quote-introduces-the-next", 'Jane Holt chairs the board. Peter Vance is its '
            'treasurer.\n\n"It is over," Holt said. "It has been over for years." Vance disagreed. "Nothing is over."',
            'It has been over for years.', 'Jane Holt', 'Holt', 'said', None, 'direct'),
    Example("shook-her-head-then-a-quote", 'Ann Lee leads the union. The board voted on Monday.\n\nLee shakes her '
            'head. "They never listen."', 'They never listen.', 'Ann Lee', 'Lee', 'shakes', None, 'direct'),
    Example("a-possessed-noun-for-words-is-that-clause", 'Ann Lee leads the union.\n\nLee\'s argument is that the '
            'board "sold out."', 'sold out.', 'Ann Lee', "Lee's", None, None, 'partial'),
    Example("quote-in-relative-clause-of-speaker", '"The town is angry," said Alderman Jane Holt, who believes the '
            'harbour board "must listen to the fishermen."', "must listen to the fishermen.", "Jane Holt", "who",
            "said", None, "partial"),
    Example("a-cable-speaks", 'The cable, sent in May, warned of "serious gaps" in the harbour\'s defences.',
            "serious gaps", None, "The cable", "warned", None, "partial"),
    Example("name-before-described-lead-in", 'Councillor Jane Holt (I), a longtime friend of the fishermen, '
            'admitted the deal had costs, saying, "Nobody won everything."', "Nobody won everything.",
            "Jane Holt", "Councillor Jane Holt", "saying", None, "direct"),
    Example("came-the-reply-from", 'The vote was close. "Never," came the terse reply from Jane Holt.', "Never,",
            "Jane Holt", "Jane Holt", "reply", None, "direct"),
    Example("name-then-quoted-predicate", '"We thought only the board was careless," said Ida Vance, who runs the '
            'ferry. Berg "got it badly wrong. That is not how a harbour master should talk."',
            "got it badly wrong. That is not how a harbour master should talk.", "Ida Vance", "Ida Vance", "said",
            None, "partial"),
    Example("concessive-clause-pronoun", 'Mr. Holt runs the harbour. "We want answers," Tom Berg said on Friday. '
            'While Holt agreed the pier was old, he said it was "perfectly safe."', "perfectly safe.", "Mr. Holt",
            "he", "said", None, "partial"),
    Example("that-clause-before-main-verb", 'After Holt said that crews who lost their boats might fare better in '
            '"quieter ports," Berg said: "No."', "quieter ports,", "Holt", "Holt", "said", None, "partial"),
    Example("second-with-clause", 'The two clashed over the plan, with Jane Holt accusing Tom Berg of "playing '
            'games" and Berg calling her "out of touch."', "out of touch.", "Tom Berg", "Berg", "calling", None,
            "partial"),
    Example("shot-back-that", 'The board blamed the mayor. Berg shot back that the mayor was "rewriting history."',
            "rewriting history.", "Berg", "Berg", "shot back", None, "partial"),
    Example("quote-set-off-by-two-dashes", 'Jane Holt waved the question away with a grin -- "Ask me again next '
            'year" -- and walked off the pier.', "Ask me again next year", "Jane Holt", "Jane Holt", "waved", None,
            "direct"),
    Example("someone-cutting-in-takes-the-turn", '"We should go home," Ann Vance said, and then her brother cut '
            'in. "Not before the vote."', "Not before the vote.", None, "her brother", "cut in", None, "direct"),
    Example("person-the-sentence-before-is-about", 'The board met on Monday.\n\nTom Berg was in no mood to give '
            'way. "The pier stays shut."', "The pier stays shut.", "Tom Berg", "Tom Berg", None, None, "direct"),
    Example("role-in-lower-case-before-the-opening-name", 'Harbour master Jane Holt toured the pier on Monday with '
            'Ann Vance, a union leader. "It is worse than we thought," she said.', "It is worse than we thought,",
            "Jane Holt", "she", "said", None, "direct"),
    Example("slogan-in-title-case", 'Jane Holt ran on the slogan "Pier First, Taxes Later" in 2019.',
            "Pier First, Taxes Later", "Jane Holt", "Jane Holt", None, None, "partial"),
    Example("firm-named-without-a-firm-word-is-it", 'Coast Ferries, a rival firm, said it could take over one '
            'route. "We are ready," it said.', "We are ready,", "Coast Ferries", "it", "said", None, "direct"),
    Example("body-noun-before-a-name-then-the-company", 'Ferry company Island Lines said on Monday it would cut '
            'two routes. "The numbers no longer work," the company said on its website.',
            "The numbers no longer work,", "Island Lines", "the company", "said", None, "direct"),
    Example("described-woman-is-not-the-man-named-before", 'Tom Berg pushed back on what he sees as "scaremongering" '
            'by the mayor.\n\nThe mayor reiterated her "no new taxes" pledge on Monday.', "no new taxes", None,
            "The mayor", "reiterated", None, "partial"),
    Example("quote-then-article-and-long-role-before-name-no-comma", '"The board asked us to the harbour to talk '
            'about its plans" the Herald\'s chief harbour correspondent Tom Berg responded.',
            "The board asked us to the harbour to talk about its plans", "Tom Berg",
            "the Herald's chief harbour correspondent Tom Berg", "responded", None, "direct"),
    Example("name-after-a-body-and-role-split-into-two-subjects", 'Island Lines chief executive Peter Vance said on '
            'Monday that the company would "cut every winter sailing."', "cut every winter sailing.", "Peter Vance",
            "chief executive Peter Vance", "said", None, "partial"),
    Example("a-show-name-in-the-sentence-before", 'On "Harbour Live," Councillor Jane Holt, who lost the last '
            'election to Berg, described the ferry as a lifeline. "Without it the island dies, and everyone on the '
            'council knows it."', "Without it the island dies, and everyone on the council knows it.", "Jane Holt",
            "Councillor Jane Holt", "described", None, "direct"),
    Example("from-the-report-colon", 'The audit was published on Monday. From the report: "Ports with '
            'larger budgets kept better safety records."', "Ports with larger budgets kept better safety "
            "records.", None, "the report", "From", None, "direct"),
    Example("continued-quote-after-a-relative-clause-is-the-name", '"Rents have risen slightly," said Jane Holt, who '
            'noted that during the slump the fee for some berths had "collapsed." "Bookings are picking up '
            'again."', "Bookings are picking up again.", "Jane Holt", "Jane Holt", "noted", None,
            "direct"),
    Example("role-in-a-mid-sentence-apposition-before-the-name", 'The decision angered the island\'s MP, Jane '
            'Holt.\n\n"They took public money for years," the MP told the Herald.', "They took public money for years,",
            "Jane Holt", "the MP", "told", "the Herald", "direct"),
    Example("businessman-is-the-person-with-the-floor", 'Hotel owner Peter Vance toured the pier on Monday. "It '
            'is a disgrace," the businessman said.', "It is a disgrace,", "Peter Vance", "the businessman", "said",
            None, "direct"),
    Example("pronoun-for-an-owner-no-one-else-fits", 'Jane Holt runs the harbour.\n\nThe board met on Monday. The two '
            'sides have clashed before. In 2019, Tom Berg called Holt\'s plan for a marina "a fantasy." She responded '
            'that he had "never set foot on a boat."',
            "never set foot on a boat.", "Jane Holt", "She", "responded", None, "partial"),
    Example("it-after-a-body-that-spoke-by-its-noun", 'Pier to close\n\nThe Harbour Authority met on Friday. In a '
            'statement, the authority said the pier was "beyond repair."\n\n"Public safety must come first," it said.',
            "Public safety must come first,", "Harbour Authority", "it", "said", None, "direct"),
    Example("one-of-a-group-named-in-apposition", 'The fishermen celebrated outside the courthouse. "Justice at '
            'last," shouted one of them, Sam Doyle.', "Justice at last,", "Sam Doyle", "one of them", "shouted", None,
            "direct"),
    Example("lead-in-name-with-a-party-tag-over-a-later-pronoun", 'Councillor Jane Holt (Ind.) lectured him: "The '
            'harbour is united against you on this," she said.', "The harbour is united against you on this,",
            "Jane Holt", "Councillor Jane Holt", "lectured", None, "direct"),
    Example("interview-named-at-the-sentence-start-is-the-outlet", 'In an interview with Harbour Radio, Jane Holt '
            'said: "I stand by every word."', "I stand by every word.", "Jane Holt", "Jane Holt", "said",
            "Harbour Radio", "direct"),
    Example("a-name-that-reports-its-plans-as-it-is-the-company", 'Island Lines said on Monday it would cut two '
            'routes. "The numbers no longer work," the company said.', "The numbers no longer work,", "Island Lines",
            "the company", "said", None, "direct"),
    Example("a-name-taking-the-floor-after-a-pronoun-speaker", 'Tom Berg and Peter Vance skipper rival trawlers. '
            'Vance laughed at the idea. "We agreed once, in 1998," he said. The two will race on Saturday. Asked who '
            'would win, Berg did not hesitate. "Me, obviously."', "Me, obviously.", "Tom Berg", "Berg", "Asked",
            None, "direct"),
    Example("here-is-the-statement-of-the-body-that-released-it", 'The Harbour Authority released a statement on '
            'Monday. Here is the full statement:\n\n"The pier will close to the public from next month."',
            "The pier will close to the public from next month.", "Harbour Authority", "The Harbour Authority",
            "released", None, "direct"),
    Example("a-phrase-after-to-is-no-speaker-before-the-colon", 'A letter from Jane Holt to the board, seen by the '
            'Herald, warned: "You will regret this."', "You will regret this.", "Jane Holt",
            "A letter from Jane Holt to the board", "warned", None, "direct"),
    Example("a-saying-goes-is-no-one", 'I have lived here for forty years. As the old saying goes, "You never miss '
            'the harbour until the boats are gone."', "You never miss the harbour until the boats are gone.", None,
            None, None, None, "direct"),
    Example("a-role-set-off-before-a-name-takes-the-floor", '"Calm down? The pier is falling into the sea!" '
            'Councillor Tom Berg replied.\n\nThe chairman, Peter Vance, eventually restored order. "Enough," he said.',
            "Enough,", "Peter Vance", "he", "said", None, "direct"),
    Example("a-body-and-a-role-before-a-name-read-as-one-name", 'Union leader Ann Lee called the strike on Monday. '
            'Island Lines boss Tom Berg said he was "deeply disappointed."', "deeply disappointed.", "Tom Berg",
            "Island Lines boss Tom Berg", "said", None, "partial"),
    Example("an-owner-opening-a-sentence-takes-the-floor", 'Jane Holt won the island seat on Thursday. "They ran a '
            'campaign of lies," said Ann Lee, her rival\'s manager.\n\nHolt\'s first job will be the pier. "We '
            'start on Monday," she said.', "We start on Monday,", "Jane Holt", "she", "said", None, "direct"),
    Example("a-name-after-an-opening-phrase-takes-the-floor", '"The numbers do not add up," Tom Berg said on Monday.'
            '\n\nOn Tuesday, Peter Vance hit back at his rival. "He has not read the budget," he said.',
            "He has not read the budget,", "Peter Vance", "he", "said", None, "direct"),
    Example("a-name-after-an-owners-role-takes-the-floor", '"He has not read the budget," Peter Vance said.\n\n'
            'Meanwhile, Vance\'s deputy, Sam Cole, urged calm. "We need to work together," he said.',
            "We need to work together,", "Sam Cole", "he", "said", None, "direct"),
    Example("a-quote-going-on-after-a-long-one-keeps-its-speaker", '"We waited ten years for this," Tom Berg said '
            'on Monday. "Boats queued for hours. Nobody deserved that."\n\n"The old pier was a disgrace. I said so '
            'often," he said. "Now we can look forward."', "Now we can look forward.", "Tom Berg", "he", "said", None,
            "direct"),
    Example("a-quote-running-on-in-the-reporters-words-goes-on", '"We lost the vote, not the argument," Jane '
            'Holt said on Monday. "Now we carry that argument out of this hall" to every village on the island.',
            "Now we carry that argument out of this hall", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("a-state-of-mind-denied-still-introduces-the-speaker", '"The island always manages," Ann Roe said.\n\n'
            'But Maria Lind was not convinced. "Ann has a freezer full of fish. The rest of us do not."',
            "Ann has a freezer full of fish. The rest of us do not.", "Maria Lind", "Maria Lind", None, None,
            "direct"),
    Example("not-available-for-comment-introduces-no-speaker", '"The island always manages," Ann Roe said.\n\n'
            'Maria Lind was not available for comment. "The ferry will sail on Monday."',
            "The ferry will sail on Monday.", None, None, None, None, "direct"),
    Example("a-second-cue-of-the-speakers-apposition-is-no-new-speaker", '"The fees must go," said Ann Lee, a '
            'member of the harbour board, told the Herald last month. "Nobody on the island can afford them."',
            "Nobody on the island can afford them.", "Ann Lee", "Ann Lee", "said", None, "direct"),
    Example("a-sentence-opening-its-is-no-contraction", 'The fishermen\'s union met on Monday. Its secretary, Dan '
            'Kerr, called the plan "a death sentence for the fleet."', "a death sentence for the fleet.", "Dan Kerr",
            "Its secretary", "called", None, "partial"),
    Example("a-digest-item-quotes-the-headlined-story", 'Good morning. Here is what you need to know today.\n\n'
            'HOW THE FLEET WAS SAVED "The harbour '
            'board voted on Monday to keep the last three trawlers in port." [Herald.]\n\nSTORM WARNING FOR THE '
            'WEEKEND Forecasters expect strong winds. [Met Office.]', "The harbour board voted on Monday to keep the "
            "last three trawlers in port.", None, "HOW THE FLEET WAS SAVED", None, "Herald", "direct"),
    Example("a-digest-item-that-names-its-speaker", 'WHY THE PIER MATTERS "It is the island\'s lifeline in the winter '
            'months," said Jane Holt. [Gazette.]', "It is the island's lifeline in the winter "
            "months,", "Jane Holt", "Jane Holt", "said", None, "direct"),
    Example("a-verb-after-the-comma-closing-a-relative-clause-is-the-names", 'Vance, who is far ahead in the '
            'polls, mocked Berg for "having a rough night" on Tuesday.', "having a rough night", "Vance", "Vance",
            "mocked", None, "partial"),
    Example("a-verb-joined-to-the-one-after-a-relative-clause-is-the-names", 'Berg, who represents the harbour '
            'ward, accused Holt of "scaremongering" and said fishermen would lose their livelihoods.',
            "fishermen would lose their livelihoods", "Berg", "Berg", "said", None, "indirect"),
    Example("a-title-case-role-after-the-is-no-name", 'The Transport Minister, Sarah Ashdown, called the case "a '
            'warning to every operator on the island."', "a warning to every operator on the island.", "Sarah Ashdown",
            "The Transport Minister", "called", None, "partial"),
    Example("a-police-rank-after-the-is-no-name", 'The Chief Constable, Mark Dunn, described the crash as '
            '"avoidable."', "avoidable.", "Mark Dunn", "The Chief Constable", "described", None, "partial"),
    Example("a-description-with-a-state-its-holder-lacks-is-not-hers", 'Tom Berg, who leads in many polls, spoke '
            'at a rally with Sen. Ann Lee on Monday.\n\nThe Ohio senator told reporters he felt "very good" about the '
            'race.', "very good", "Tom Berg", "The Ohio senator", "told", "reporters", "partial"),
    Example("a-role-whose-name-is-set-off-after-a-phrase", 'The vessel\'s captain at the time, Colin Reed, told '
            'investigators he had reported the problems "at least four times."', "at least four times.",
            "Colin Reed", "The vessel's captain", "told", "investigators", "partial"),
    Example("a-surname-alone-is-the-namesake-named-before-it", 'For 31 years, Edward Marsh kept the light on Gull '
            'Rock. He now lives with his daughter, Claire, in Northport.\n\n"People think it was lonely," says Marsh. '
            '"It was not."\n\nClaire Marsh, 52, laughs. "He needed a bath, mostly," Claire says.',
            "People think it was lonely,", "Edward Marsh", "Marsh", "says", None, "direct"),
    Example("an-owners-role-opening-a-sentence-takes-the-floor", 'Edward Marsh, 78, lives with his daughter, Claire, '
            'in Northport.\n\n"It was never lonely," says Marsh. "I had the birds and the boats. I had the radio."'
            '\n\nHis daughter laughs. "He needed a bath, mostly," she says.', "He needed a bath, mostly,", "Claire",
            "she", "says", None, "direct"),
    Example("a-subject-the-parser-gave-an-earlier-verb", 'Mark Bell was attacked at the harbour in May.\n\nAsked '
            'outside court whether justice had been done, Bell\'s wife, Sarah, said: "Three years is nothing."',
            "Three years is nothing.", "Sarah", "Bell's wife", "said", None, "direct"),
    Example("a-body-noun-set-off-before-a-name-makes-it-a-body", 'The ferry company, Island Lines, cancelled all '
            'sailings. The company said the first ferry would leave at noon on Monday "if conditions allow."',
            "if conditions allow.", "Island Lines", "The company", "said", None, "partial"),
    Example("a-name-ending-in-point-is-a-place", 'A spokeswoman for the forecaster said gusts of 90 mph had been '
            'recorded at Gull Point. "This was an exceptional storm for October," she said.',
            "This was an exceptional storm for October,", None, "she", "said", None, "direct"),
    Example("a-he-or-she-after-an-unnamed-opener-is-no-one-named", 'Voters pressed Jane Holt on the ferry. "I will '
            'make it my first priority," Holt replied.\n\nAnother voter was unconvinced. "We have heard that '
            'before," she shouted from the back of the hall.', "We have heard that before,", None, "she", "shouted",
            None, "direct"),
    Example("the-last-speaker-back-on-the-floor-by-his-owner-word", '"She has been saying that for years," said '
            'Berg, the opposition leader.\n\nHolt later posted on social media: "Back to work. The island deserves '
            'better than this circus."\n\nBerg\'s response came within minutes. "Circus? She is the ringmaster," he '
            'wrote.', "Circus? She is the ringmaster,", "Berg", "he", "wrote", None, "direct"),
    Example("a-post-named-where-the-sentence-opens-is-the-outlet", 'Her deputy took a softer line. In a post on '
            'Facebook, Sam Cole said he hoped "cooler heads will prevail."', "cooler heads will prevail.", "Sam Cole",
            "Sam Cole", "said", "Facebook", "partial"),
    Example("the-writers-generic-we-frames-a-term", 'The council spent $4 million last year on what we now call '
            '"smart roads."', "smart roads.", None, None, None, None, "partial"),
    Example("a-naming-verb-after-what-and-an-apposition", 'Shares of Halden Foods fell after the company cut its '
            'forecast, blaming what its chief executive, Nina Sorensen, called "a perfect storm of weak demand."',
            "a perfect storm of weak demand.", "Nina Sorensen", "Nina Sorensen", "called", None, "partial"),
    Example("a-body-named-with-for", '"We stand by every figure," the Institute for Harbour Studies said in a '
            'statement.', "We stand by every figure,", "Institute for Harbour Studies",
            "the Institute for Harbour Studies", "said", None, "direct"),
    Example("she-answers-back-after-his-quote", 'Senator Ruth Lind and Representative Karl Dunne clashed on '
            'Tuesday over the farm bill.\n\nLind accused Dunne of "holding farmers hostage." He denied it. "That '
            'is simply false," he said. "I have backed every farm bill since 2010."\n\n"The record speaks for itself," '
            'she said.',
            "The record speaks for itself,", "Ruth Lind", "she", "said", None, "direct"),
    Example("told-analysts", 'Nina Sorensen runs Halden Foods. "The second half will be hard," Sorensen told '
            'analysts on a conference call.', "The second half will be hard,", "Nina Sorensen", "Sorensen", "told",
            "analysts", "direct"),
    Example("said-in-an-email-to", '"These stories are made up," Paul Greer said in an email to The Harbour Press.',
            "These stories are made up,", "Paul Greer", "Paul Greer", "said", "The Harbour Press", "direct"),
    Example("a-relative-clause-is-not-the-report", 'The coach, Tom Hale, faced reporters on Sunday.\n\nHale, who is '
            'in the final year of his contract, said he had spoken with the owner.', "he had spoken with the owner",
            "Tom Hale", "Hale", "said", None, "indirect"),
    Example("an-adjective-head-keeps-what-places-it", 'One official familiar with the negotiations said the deal '
            'was "all but done."', "all but done.", None, "One official familiar with the negotiations", "said", None,
            "partial"),
    Example("it-opening-a-sentence-after-a-body-spoke", 'Northgate Water Company said crews were working "around '
            'the clock." "Most homes will have water by Friday," the company said in a statement. It warned that '
            'some farms could wait longer.', "that some farms could wait longer", "Northgate Water Company", "It",
            "warned", None, "indirect"),
    Example("the-utility-is-a-business", 'Northgate Water Company runs the pumps.\n\nMore than 40,000 homes lost '
            'water on Wednesday, the utility said.', "More than 40,000 homes lost water on Wednesday",
            "Northgate Water Company", "the utility", "said", None, "indirect"),
    Example("the-ministry-is-no-minister", 'Defence Minister Anna Berglund said the country would double its '
            'spending on air defence.\n\nThe ministry later added that "no decision has been made" about where the '
            'systems would go.', "no decision has been made", None, "The ministry", "added", None, "partial"),
    Example("a-party-word-after-the-is-no-name", 'The budget vote is on Friday. "The numbers do not add up," said '
            'the Liberal, Mark Dale.', "The numbers do not add up,", "Mark Dale", "the Liberal", "said", None,
            "direct"),
    Example("the-byline-writer-is-no-one-in-the-story", 'Flood-hit town vows to recover\n\nBy Sam Hill\n\nThe mayor '
            'of this riverside town promised on Sunday to rebuild "every home and every business" lost to the floods.',
            "every home and every business", None, "The mayor of this riverside town", "promised", None, "partial"),
    Example("her-pronoun-chain-going-past-a-name-gives-him-no-gender", 'Jane Roe has made gun safety a central issue '
            'in her campaign. After the shooting she issued a plan to expand background checks: President Berg later '
            'copied parts of it. She wants assault rifles off the shelves.\n\nOn Sunday, Berg spoke to '
            'reporters at Harbour Palace. And he said the club "was a place of joy and safety."',
            "was a place of joy and safety.", "Berg", "he", "said", None, "partial"),
    Example("a-given-name-before-a-place-word-is-a-person", 'The report warns that the budget "does not add up." '
            'Its author, economist Helen Park, said: "The numbers are stark."', "The numbers are stark.",
            "Helen Park", "Its author", "said", None, "direct"),
    Example("a-leads-description-is-the-role-holder-named-next", 'HARBOURTON (Wire) - The Ruritanian foreign '
            'minister on Monday accused the neighbouring republic of waging "economic warfare" on the island and said '
            'his government would not bow to pressure from abroad, whatever the cost.\n\n"They want to starve us '
            'into submission," Foreign Minister Bruno Diaz told a news conference.', "economic warfare", "Bruno Diaz",
            "The Ruritanian foreign minister", "accused", None, "partial"),
    Example("a-role-the-sentence-gives-with-served-as", 'HARBOURTON (Wire) - The Ruritanian foreign minister on '
            'Monday accused the neighbouring republic of waging "economic warfare" on the island and said his '
            'government would not bow to pressure from abroad, whatever the cost.\n\n"They want to starve us into '
            'submission," Bruno Diaz told a news conference.\n\nDiaz, 61, has served as foreign minister since 2019.',
            "economic warfare", "Bruno Diaz", "The Ruritanian foreign minister", "accused", None, "partial"),
    Example("an-owners-role-set-off-before-a-name", 'The senator\'s chief of staff, Amy Cho, said in an interview '
            'that the office had received "hundreds of calls" since the vote.', "hundreds of calls", "Amy Cho",
            "The senator's chief of staff", "said", None, "partial"),
    Example("a-body-before-a-role-and-a-titled-name", 'Harbour Health said it would close two clinics. "This was a '
            'difficult decision," Harbour chief executive Dr. Alan Shaw said in a statement.',
            "This was a difficult decision,", "Alan Shaw", "Harbour chief executive Dr. Alan Shaw", "said", None,
            "direct"),
    Example("a-players-role-and-a-class-year-before-a-name", 'Coach Terry Boyd has turned the team around. His '
            'quarterback, senior Jalen Moss, credits the coach\'s "relentless positivity."', "relentless positivity.",
            "Jalen Moss", "His quarterback", None, None, "partial"),
    Example("an-inverted-cue-with-a-role-before-the-name", 'Analysts at Westfield Capital counted the units. "It\'s a '
            'sellout, but a small one," wrote analyst Dana Pike in a note.', "It's a sellout, but a small one,",
            "Dana Pike", "analyst Dana Pike", "wrote", None, "direct"),
    Example("of-two-clauses-the-report-follows-the-verb", 'Harbour Plastics, a trade body, warned that the rules '
            'would cost jobs. Its director general, Peter Hahn, said the industry had not been consulted.',
            "the industry had not been consulted", "Peter Hahn", "Its director general", "said", None, "indirect"),
    Example("asked-whether-then-a-role-and-name-replied", 'Harbour Waste said it was "disappointed" by the vote. '
            'Asked whether the company would sue, its chief executive, Mark Ostrow, replied: "Everything is on the '
            'table."', "Everything is on the table.", "Mark Ostrow", "Mark Ostrow", "replied", None, "direct"),
    Example("quote-was-the-answer-from-X", 'The council voted 7-2 to close the landfill.\n\n"Not a chance," was the '
            'answer from council member Rosa Delgado when asked whether the vote could be reversed.',
            "Not a chance,", "Rosa Delgado", "council member Rosa Delgado", "answer", None, "direct"),
    Example("the-statement-speaks-for-its-issuer", 'The landfill\'s operator, Greenfield Waste, said in a statement '
            'that it was "disappointed" by the decision. "We will review our options," the statement read.',
            "We will review our options,", "Greenfield Waste", "the statement", "read", None, "direct"),
    Example("a-leads-indefinite-role-is-the-holder-named-next", 'Judge blocks voter ID rule\n\nA federal judge on '
            'Friday blocked a new state rule '
            'on voter identification, calling it "a solution in search of a problem."\n\nU.S. District Judge Maria '
            'Alvarez wrote in her ruling that the state had offered "no credible evidence" of fraud.',
            "a solution in search of a problem.", "Maria Alvarez", "A federal judge", "calling", None, "partial"),
    Example("a-nationality-noun-after-the-is-no-name", 'City boss Marta Ruiz was less impressed with the referee. '
            '"The second goal was offside, clear as day," the Spaniard said.',
            "The second goal was offside, clear as day,", "Marta Ruiz", "the Spaniard", "said", None, "direct"),
    Example("a-description-then-a-name-from-a-state-in-apposition", '"This is a circus," Rep. Joan Mills wrote on '
            'Twitter. Her Republican colleague, Rep. Kyle Ortega of Texas, agreed: "Clowns to the left of me, jokers '
            'to the right."', "Clowns to the left of me, jokers to the right.", "Kyle Ortega",
            "Her Republican colleague", "agreed", None, "direct"),
    Example("a-school-principal-is-a-role-not-a-name", 'Principal Samuel Ortiz said the school would name its '
            'library after her. "No one deserves it more," Ortiz said.', "No one deserves it more,", "Samuel Ortiz",
            "Ortiz", "said", None, "direct"),
    Example("a-word-after-of-is-no-surname", 'Regulators sued Orbis Systems on Tuesday. Shares of Orbis fell 4 '
            'percent.\n\nOrbis called the lawsuit "meritless."', "meritless.", "Orbis Systems", "Orbis", "called", None,
            "partial"),
    Example("one-person-with-two-roles-joined-by-and", '"We built this company in a garage," Orbis founder and '
            'chief executive Elise Moreau told employees in a memo.', "We built this company in a garage,",
            "Elise Moreau", "Orbis founder and chief executive Elise Moreau", "told", "employees", "direct"),
    Example("a-word-before-a-persons-role-describes-them-after-the", "Green councillor Tom Reid, who led the "
            "campaign, said: 'People power has won tonight.' The Green added that the fight was 'far from over' "
            "because the developer could appeal.", "far from over", "Tom Reid", "The Green", "added", None, "partial"),
    Example("a-role-whose-holder-is-named-in-the-next-sentence", 'Storm hits town\n\nPolice Chief Dan Cole said '
            'two roads were closed.\n\nThe mayor, who toured damaged neighborhoods on Monday, said the city would '
            'open two shelters. "Nobody should '
            'be sleeping in a car tonight," Mayor Ellen Fisk said.', "the city would open two shelters",
            "Ellen Fisk", "The mayor", "said", None, "indirect"),
    Example("a-fronted-clause-then-a-quote-goes-on-with-the-speaker", '"It\'s an enormous moment," said Tom Vance, a '
            'party strategist. Unless more rivals quit the race, "the nomination is hers to lose."',
            "the nomination is hers to lose.", "Tom Vance", "Tom Vance", "said", None, "partial"),
    Example("a-name-in-apposition-then-its-university", '"The effect was bigger than we expected," said the study\'s '
            'lead author, Dr. Hannah Lowe of the University of Michigan.', "The effect was bigger than we expected,",
            "Hannah Lowe", "the study's lead author", "said", None, "direct"),
    Example("according-to-a-document-then-a-name-opening-the-clause", 'Police arrested Kevin Marsh on Tuesday. '
            'According to a police affidavit, Marsh told detectives he needed money to pay off debts.',
            "Marsh told detectives he needed money to pay off debts", None, "a police affidavit", "According to",
            None, "indirect"),
    Example("an-age-no-one-was-given-is-the-lead-person-after-a-dateline", 'Star opens up about stage fright\n\nLOS '
            'ANGELES — For an actor who has won two Oscars, Claire Donovan admits she still gets nervous.\n\n"Every '
            'night, I think I\'m going to throw up," the 52-year-old told Vanity Fair.',
            "Every night, I think I'm going to throw up,", "Claire Donovan", "the 52-year-old", "told", "Vanity Fair",
            "direct"),
    Example("she-answers-back-after-a-man-named-in-full", 'Donovan, who returns to the stage next month, said her '
            'husband, director Paul Okafor, helps her through it. "He just holds my hand," she said.\n\nOkafor, '
            'speaking separately to the magazine, called his wife "the bravest person I know."\n\nThe actress also '
            'addressed rumors that she would retire. "Not a chance," she laughed.', "Not a chance,", "Donovan", "she",
            "laughed", None, "direct"),
    Example("a-captions-label-is-no-speaker", 'Nurses marched outside the hospital on Monday.\n\nPictured: Nurses '
            'hold signs reading "Safe Staffing Saves Lives" outside the hospital.', "Safe Staffing Saves Lives", None,
            None),
    Example("a-headlines-says-and-a-bare-role-before-a-clause", "'We will not back down,' says union leader as "
            "strike enters second week\n\nStriking nurses marched outside the hospital on Monday. Union leader "
            'Dolores Vega told the crowd that management had "refused to negotiate."', "We will not back down,",
            "Dolores Vega", "union leader", "says", None, "direct"),
    Example("told-state-television-is-the-outlet", '"We will not be intimidated," Foreign Minister Bruno Diaz told '
            'state television.', "We will not be intimidated,", "Bruno Diaz", "Foreign Minister Bruno Diaz", "told",
            "state television", "direct"),
    Example("a-given-name-sharing-a-surname-used-alone-again", 'When Harold and Betty Simmons married in 1954, '
            'bread cost 17 cents.\n\nThe Simmonses met at a church dance. Harold, a retired machinist, said he knew '
            '"right away" that she was the one.', "right away", "Harold Simmons", "Harold", "said", None, "partial"),
    Example("a-business-noun-for-a-name-ending-in-its-plural", 'Skyway Airlines canceled 400 flights on Friday.\n\n'
            'The airline said it was "deeply sorry" for the delays.', "deeply sorry", "Skyway Airlines", "The airline",
            "said", None, "partial"),
    Example("a-name-an-age-and-a-who-clause-then-said", 'Residents described a chaotic scene. Maria Lopez, 45, who '
            'fled with her two children and three dogs, said the sky "turned orange at noon."',
            "turned orange at noon.", "Maria Lopez", "Maria Lopez", "said", None, "partial"),
    Example("a-person-close-to-someone-named-in-apposition", 'Vantor Group is exploring a sale of its cloud unit. A '
            'person close to the company\'s founder, Nadia Frost, said she was "open to offers but in no hurry."',
            "open to offers but in no hurry.", None, "A person close to the company's founder", "said", None,
            "partial"),
    Example("recalled-someone-telling-him-a-quote", 'Coach Walt Brennan announced his retirement on Monday. Brennan '
            'recalled his first principal telling him, "You\'ll last a year, maybe two."',
            "You'll last a year, maybe two.", None, "his first principal", "telling", None, "direct"),
    Example("an-unnamed-describer-of-reported-speech-then-she", 'In the words of rival coach Gene Platt, Brennan '
            '"never cut a corner in his life."\n\nBrennan\'s wife, June, said she was looking forward to having him '
            'home. "Now he can fix the gutters," she joked.', "Now he can fix the gutters,", None, "she", "joked",
            None, "direct"),
    Example("a-lead-sentence-with-no-headline-above-it-is-the-lead", 'A federal judge on Friday blocked a new state '
            'rule on voter identification, calling it "a solution in search of a problem."\n\nU.S. District Judge '
            'Maria Alvarez wrote in her ruling that the state had offered "no credible evidence" of fraud.',
            "a solution in search of a problem.", "Maria Alvarez", "A federal judge", "calling", None, "partial"),
    Example("a-name-apposed-with-no-comma-is-part-of-the-mention", 'Forward Luis Navarro completed his transfer on '
            'Monday. According to Spanish sports daily Marca, Navarro will wear the number 9 shirt.',
            "Navarro will wear the number 9 shirt", "Marca", "Spanish sports daily Marca", "According to", None,
            "indirect"),
    Example("told-a-packed-news-conference-is-the-outlet", '"This is a dream come true," Luis Navarro told a packed '
            'news conference.', "This is a dream come true,", "Luis Navarro", "Luis Navarro", "told",
            "a packed news conference", "direct"),
    Example("a-station-named-before-radio-is-no-person", 'Dairy farmers blocked the ring road on Monday. "We are '
            'losing money every month," said Pierre Dumas, who farms near Lyon.\n\nThe farm minister, speaking on '
            'France Inter radio, said the government had listened. "Their anger is understandable," she said.',
            "Their anger is understandable,", None, "she", "said", None, "direct"),
    Example("a-person-noun-before-the-name-in-apposition", 'The jury chose the novel in an hour. Its chair, the '
            'critic Adam Pryce, said the decision had been unanimous.', "the decision had been unanimous",
            "Adam Pryce", "Its chair", "said", None, "indirect"),
    Example("she-replied-is-the-one-asked", 'Maria Lopes told the jury she had offered to drive her brother home. '
            'The defence lawyer, Fiona Hale, asked Lopes whether he had been drinking. "Two beers," she replied.',
            "Two beers,", "Maria Lopes", "she", "replied", None, "direct"),
    Example("a-co-star-can-speak", 'Daniel Okoro returns to the stage next month. His co-star said the play was '
            '"a joy to make."', "a joy to make.", None, "His co-star", "said", None, "partial"),
    Example("described-as-by-no-one-is-no-ones-quote", 'In 2010 Mayor Tom Reed sent what has been called a '
            '"relief squad" to the county.', "relief squad", None, None),
    Example("what-aide-x-called", 'The walkout led to what aide Sam Ortiz called "a turning point for the union" in '
            'his diary.', "a turning point for the union", "Sam Ortiz", "Sam Ortiz", "called", None, "partial"),
    Example("called-by-its-residents", 'The valley, called the "Garden of the North" by its growers, has voted for '
            'the winner in every race since 1964.', "Garden of the North", None, "its growers", "called", None,
            "partial"),
    Example("his-statement-that", 'Mayor Tom Reed faced hard questions on Tuesday. He was pressed about his remark '
            'on Friday that "the islanders never pay," but he stayed calm.', "the islanders never pay,", "Tom Reed",
            "his", None, None, "partial"),
    Example("his-claim-is-the-one-named-before-it", 'Tom Berg spoke first. "We need the ferry," Berg said.\n\nAs '
            'the meeting wore on and Ian Cole held to his claim from Friday that "the toll is theft," the room fell '
            'silent.', "the toll is theft,", "Ian Cole", "his", None, None, "partial"),
    Example("a-description-beside-another-speaker-in-its-sentence", 'Tom Berg said the town needs what the mayor '
            'called "a fresh start" this year.', "a fresh start", None, "the mayor", "called", None, "partial"),
    Example("a-title-case-headlines-name-stops-at-its-verb", 'Magazine Says Berg Should Drop Out Of Race Now\n\nThe '
            'Harbour Review said on Friday that Tom Berg should end his campaign.', "Berg Should Drop Out Of Race Now",
            None, "Magazine", "Says", None, "indirect"),
    Example("an-owners-pronoun-then-said-is-no-apposition", 'When the mayor handed the award to Jane Holt, his son '
            'said the family was proud of the town.\n\nOwen Reed, son of the mayor, spoke to the crowd.',
            "the family was proud of the town", "Owen Reed", "his son", "said", None, "indirect"),
    Example("a-firm-with-an-ampersand-after-the-apposed-name", "The family's solicitor, Rebecca Hart of Lyons & Co, "
            'said the case was "sadly, far from unique."', "sadly, far from unique.", "Rebecca Hart",
            "The family's solicitor", "said", None, "partial"),
    Example("a-name-right-before-the-colon-of-a-thing", 'The size of the swing does not surprise Democratic strategist '
            'Ann Vega: "Voters punish whoever holds the job when prices rise."',
            "Voters punish whoever holds the job when prices rise.", "Ann Vega", "Ann Vega", ":", None, "direct"),
    Example("an-unclosed-quote-over-its-own-cue", 'Ann Vega has helped families for years.\n\n"Nobody told the '
            'families which forms to keep or where to file them, said Vega, whose charity now runs workshops.\n\nThe '
            'law changed in May.', "Nobody told the families which forms to keep or where to file them, said Vega, "
            "whose charity now runs workshops.", "Ann Vega", "Vega", "said", None, "direct"),
    Example("in-a-named-persons-view", 'Jane Holt spoke at length on Monday. The budget is "a mess from start to '
            'finish" for the schools, in Holt\'s view.', "a mess from start to finish", "Jane Holt", "Holt",
            "in Holt's view", None, "partial"),
    Example("a-news-affiliate-can-speak", 'Fans crowded the gates before kickoff. The local affiliate is reporting '
            '"two people were taken to hospital."', "two people were taken to hospital.", None, "The local affiliate",
            "reporting", None, "partial"),
    Example("the-name-before-a-gerund-hung-on-the-verb-above", 'Jane Holt spoke first. What did you make of Holt '
            'privately saying "the deal is off" on Friday?', "the deal is off", "Jane Holt", "Holt", "saying", None,
            "partial"),
    Example("a-role-opening-the-sentence-before-a-quote-only-sentence", 'I rose when the clerk read my name.\n\nThe '
            'magistrate then looked at me. "Mr. Varga?" I had written a few lines to read.', "Mr. Varga?", None,
            "The magistrate", None, None, "direct"),
    Example("a-named-persons-words-under-another-speakers-verb", 'Jane Holt said she could keep the files. In a '
            'statement on Friday, ethics watchdog Tom Brandt called Holt\'s claim of a "private right" to the files '
            '"troubling and wrong."', "private right", "Jane Holt", "Holt's", None, None, "partial"),
    Example("the-other-speakers-own-words-beside-it", 'Jane Holt said she could keep the files. In a statement on '
            'Friday, ethics watchdog Tom Brandt called Holt\'s claim of a "private right" to the files "troubling and '
            'wrong."', "troubling and wrong.", "Tom Brandt", "ethics watchdog Tom Brandt", "called", None, "partial"),
    Example("a-documents-clause-hung-on-the-time-after-it", 'Former Gov. Gary Lund is a keen cyclist. He issued a '
            'letter from his physician Monday evening that says he is in "excellent shape" for his age.',
            "excellent shape", "Gary Lund", "He", "says", None, "partial"),
    Example("a-plural-in-men-opening-the-sentence-is-no-name", 'Reefs in the bay are dying. Fishermen in the region '
            'say they have seen the change firsthand.', "they have seen the change firsthand", None,
            "Fishermen in the region", "say", None, "indirect"),
    Example("the-company-is-the-firm-named-last", 'Drillco, the Texas oil services firm, on Thursday denied '
            'allegations that it paid bribes to win contracts.\n\n"These claims are false," the company said in a '
            'statement.', "These claims are false,", "Drillco", "the company", "said", None, "direct"),
    Example("the-company-is-not-a-firm-named-before-another", "Tom Holt's firm, Harbour Capital, lost heavily on the "
            'shares. Nordwell Pharmaceuticals International faces a federal inquiry. The company said late on '
            'Thursday it would delay its results.', "it would delay its results", None, "The company", "said", None,
            "indirect"),
    Example("one-of-a-group-reporting-then-she", 'Judge Sarah Ford told Cole: "You repaid them with violence."\n\n'
            'One of the paramedics, who asked not to be identified, said in a victim statement that she had considered '
            'quitting her job. "I still think about it every time we go out," she said.',
            "I still think about it every time we go out,", None, "she", "said", None, "direct"),
    Example("a-speaker-named-by-one-word-ends-the-unnamed-ones-floor", 'Nils ran the depot for ten years. He spoke '
            'on one condition.\n\nThe documentary shows one of the drivers asking, "Why wait?"\n\n"That is not what '
            'happened," Nils said. Frowning, he asked, "So I would have waited there alone?"',
            "So I would have waited there alone?", "Nils", "he", "asked", None, "direct"),
    Example("a-document-holds-its-words", 'Workers signed contracts before they were hired. One such document, seen '
            'by the Ledger, includes "a pledge never to strike."', "a pledge never to strike.", None,
            "One such document", None, None, "partial"),
    Example("a-quote-inside-an-unclosed-one-is-said-by-its-words", 'The Ledger printed a long excerpt:\n\n"Lena had '
            'spent a month at a clinic following what she called a “meltdown,” a string of late-night emails to her '
            'staff. She was furious.', "meltdown,", "Lena", "Lena", "called", None, "partial"),
    Example("a-series-of-posts-is-no-speaker-and-verb", 'Lena had spent a month at a clinic following what she '
            'called a "meltdown," a string of angry posts.', "meltdown,", "Lena", "Lena", "called", None, "partial"),
    Example("his-wife-is-the-partner-of-a-couple", 'Sarah and David Ashdown lost their daughter in 2019.\n\n'
            '"Nothing will bring her back," Mr Ashdown said. His wife had a different answer. "We forgive them," she '
            'said.', "We forgive them,", "Sarah Ashdown", "she", "said", None, "direct"),
    Example("his-wife-with-no-couple-named-is-no-guess", 'Sarah Ashdown and her brother David Ashdown run the '
            'bakery.\n\n"We will reopen," Mr Ashdown said. His wife said the bakery had lost money for years.',
            "the bakery had lost money for years", None, "His wife", "said", None, "indirect"),
    Example("his-wife-of-a-couple-reporting", 'Sarah and David Ashdown run the bakery.\n\n"We will reopen," Mr Ashdown '
            'said. His wife said the bakery had lost money for years.', "the bakery had lost money for years",
            "Sarah Ashdown", "His wife", "said", None, "indirect"),
    Example("a-medium-quoting-a-person-as-saying", 'The Harbour Ledger quoted Mayor Tom Okafor as saying "we will '
            'not raise taxes this year."', "we will not raise taxes this year.", "Tom Okafor", "Mayor Tom Okafor",
            "saying", "The Harbour Ledger", "partial"),
    Example("a-medium-quoting-a-role-as-saying", 'Local radio quoted the fire chief, Dana Whitfield, as saying the '
            'blaze was "completely under control."', "completely under control.", "Dana Whitfield", "the fire chief",
            "saying", "Local radio", "partial"),
    Example("the-former-role-is-the-holder-called-former", 'Former Mayor Rita Cole and Mayor Ben Ortiz spoke at the '
            'rally. "The city has waited long enough," the former mayor said.', "The city has waited long enough,",
            "Rita Cole", "the former mayor", "said", None, "direct"),
    Example("the-role-without-former-is-the-holder-in-office", 'Mayor Ben Ortiz and Former Mayor Rita Cole spoke at '
            'the rally. "We need more buses," the mayor said.', "We need more buses,", "Ben Ortiz", "the mayor",
            "said", None, "direct"),
    Example("an-adjective-opening-a-sentence-before-radio-is-no-broadcaster", 'Local radio reported the fire on '
            'Monday. "It is under control," it said.', "It is under control,", None, "it", "said", None, "direct"),
    Example("murmured-is-a-speech-verb", '"He will be late again," Ada Lowe murmured under her breath.',
            "He will be late again,", "Ada Lowe", "Ada Lowe", "murmured", None, "direct"),
    Example("a-speech-tag-with-any-verb", 'Tom Reyes listened to the question. "You are wrong about that," he '
            'returned.', "You are wrong about that,", "Tom Reyes", "he", "returned", None, "direct"),
    Example("a-verb-with-its-object-is-no-speech-tag", 'Tom Reyes took the envelope. "Thanks," he returned the book.',
            "Thanks,", None, None, None, None, "direct"),
    Example("said-an-indefinite-role-then-its-name", '"This is not over," said a lawyer for the family, Peter '
            'Lusk.', "This is not over,", "Peter Lusk", "a lawyer", "said", None, "direct"),
    Example("an-indefinite-role-for-a-role-then-a-name-is-no-guess", '"We are not worried," said a spokesman for the '
            'mayor, Jane Roe.', "We are not worried,", None, "a spokesman", "said", None, "direct"),
    Example("a-speech-tag-with-a-role-before-the-name", '"We never gave up," beamed coach Tim Garvey.',
            "We never gave up,", "Tim Garvey", "Tim Garvey", "beamed", None, "direct"),
    Example("said-commuter-name-in-single-marks", 'Passengers were angry. \u2018I have missed three days of work this '
            'month,\u2019 said commuter Sam Pettigrew, 29.', "I have missed three days of work this month,",
            "Sam Pettigrew", "Sam Pettigrew", "said", None, "direct"),
    Example("it-after-the-company-opening-the-sentence-before", 'Brightwater Corp reported a rise in profit on '
            'Wednesday. The company raised its forecast. It said revenue would grow "in the high single digits."',
            "in the high single digits.", "Brightwater Corp", "It", "said", None, "partial"),
    Example("a-document-by-its-author", 'The new bridge would cost "far more than planned," according to '
            'calculations by Amy Thorne of the Harbour Institute.', "far more than planned,", "Amy Thorne",
            "calculations by Amy Thorne of the Harbour Institute", "according to", None, "partial"),
    Example("a-brand-before-its-news-agency", 'Talks resumed on Monday. According to the Kesta news agency, the '
            'two sides were "close to a deal."', "close to a deal.", "Kesta", "the Kesta news agency",
            "According to", None, "partial"),
    Example("an-acronym-before-radio", 'Dockers walked out on Monday. WXRT radio said the strike was "the largest in '
            'a decade."', "the largest in a decade.", "WXRT", "WXRT radio", "said", None, "partial"),
    Example("the-wife-of-a-named-man-is-not-him", 'Tom Berg lost the vote on Monday. The wife of Senator Tom Berg said '
            'the result was "a shock."', "a shock.", None, "The wife of Senator Tom Berg", "said", None, "partial"),
    Example("a-role-of-a-named-body-then-the-name", 'Executive director of the Council on Harbour Relations Jane Lee '
            'said the plan was "a good start."', "a good start.", "Jane Lee",
            "Executive director of the Council on Harbour Relations Jane Lee", "said", None, "partial"),
    Example("a-role-in-a-named-body-is-nobody-salient", 'Mayor Tom Reyes opened the debate on school fees. The '
            'secretary general of the ACB said the plan was "dangerous."', "dangerous.", None,
            "The secretary general of the ACB", "said", None, "partial"),
    Example("a-name-before-a-role-tagged-as-an-adjective-is-no-speaker", 'Talks stalled on Friday. A senior '
            'Norland official, speaking on condition of anonymity, said the talks could resume "within days" if the '
            'demand was dropped.', "within days", None, "A senior Norland official", "said", None, "partial"),
    Example("said-a-lower-case-role-then-a-name-with-no-parse-link", '"Our body clock matters more than we thought," '
            'said lead author Dr. Tomas Okafor of the University of Lindell.',
            "Our body clock matters more than we thought,", "Tomas Okafor", "lead author Dr. Tomas Okafor", "said",
            None, "direct"),
    Example("the-latter-of-two-people-named", 'Senator Joan Whitcombe and businessman Carl Dressel met on Tuesday. The '
            'latter said his opponent had "never run anything."', "never run anything.", "Carl Dressel",
            "The latter", "said", None, "partial"),
    Example("the-former-of-two-people-named", 'Senator Joan Whitcombe and businessman Carl Dressel met on Tuesday. '
            'The former replied that he was "a bankrupt."', "a bankrupt.", "Joan Whitcombe", "The former",
            "replied", None, "partial"),
    Example("a-channel-number-in-an-outlet", '"We lost everything," Jane Roe told Channel 4 News on Monday.',
            "We lost everything,", "Jane Roe", "Jane Roe", "told", "Channel 4 News", "direct"),
    Example("a-channel-number-in-a-speaker", 'Storms hit the coast. Channel 4 News reported that "dozens" of homes '
            'were flooded.', "dozens", "Channel 4 News", "Channel 4 News", "reported", None, "partial"),
    Example("a-person-noun-opening-a-sentence-is-not-in-the-name", 'Trains were cancelled. Commuter Dev Sharma, 34, '
            'said: \u2018It is the third strike this year.\u2019', "It is the third strike this year.", "Dev Sharma",
            "Commuter Dev Sharma", "said", None, "direct"),
    Example("the-role-of-a-place-set-off-before-the-name", 'Budget row\n\nThe mayor of Port Elkin, Rosa Marten, '
            'defended the budget on Monday.\n\n"It invests in every ward," Marten said.\n\nCouncil President Nina '
            'Ade said she expected it to pass "with amendments."\n\nAsked about a veto, the mayor said: '
            '"Let us see what they send me."', "Let us see what they send me.", "Rosa Marten", "the mayor", "said",
            None, "direct"),
    Example("a-name-after-a-clause-with-its-own-subject-has-no-floor", 'Tom Berg arrived in Salem on Monday. Later '
            'he met with the town\'s former mayor, Sam Dunmore. "It went well," he said.', "It went well,", "Tom Berg",
            "he", "said", None, "direct"),
    Example("a-city-is-not-a-body-named-after-it", 'The Tucson Philharmonic played on Monday.\n\nTucson officials '
            'were pleased. Tucson said the concert was "a triumph for the city."', "a triumph for the city.", "Tucson",
            "Tucson", "said", None, "partial"),
    Example("a-surname-that-is-a-dateline-city-is-the-person", 'PHOENIX (AP) \u2014 Actress Dana Phoenix joined the '
            'governor on Tuesday.\n\nPhoenix thanked him for "making us all safer."', "making us all safer.",
            "Dana Phoenix", "Phoenix", "thanked", None, "partial"),
    Example("a-body-noun-unnamed-still-speaks", 'Storm warnings went up on the coast. In a statement, the coastguard '
            'said crews were "on standby."', "on standby.", None, "the coastguard", "said", None, "partial"),
    Example("a-dash-then-that-was-the-message-from-X", 'Harbour master Ann Varrow spoke on Monday.\n\n"The port stays '
            'open" \u2014 that was the message from Varrow on Tuesday.', "The port stays open", "Ann Varrow", "Varrow",
            "message from", None, "direct"),
    Example("a-dateline-before-a-colon-is-no-speaker", 'Leaders look to neighbours\n\nKESTOVA: For the past 25 '
            'years the country has suffered from interference by its neighbours. "The elections should be a '
            'reassurance to all our neighbours."', "The elections should be a reassurance to all our neighbours.",
            None, None, None, None, "direct"),
    Example("a-header-label-is-no-speaker", 'Subject: Why is my "smart" thermostat so slow?\n\nIt takes an hour '
            'to warm the house.', "smart", None, None),
    Example("a-document-name-before-its-verb-keeps-its-mention", 'The Harbour Accord states that ports must stay '
            '"open to all."', "open to all.", "Harbour Accord", "The Harbour Accord", "states", None, "partial"),
    Example("a-title-word-opening-a-company-name-is-no-title", 'The General Turbines plant in Salem was a disaster. '
            '"Everything was a fight," the head of the union admits.', "Everything was a fight,", None,
            "the head of the union", "admits", None, "direct"),
    Example("a-filler-word-opening-a-sentence-is-no-name", 'Well, the judge said, uh, no. Uh I said that is not our '
            'agreement. "You are gonna pay it," he said.', "You are gonna pay it,", None, "he", "said", None,
            "direct"),
    Example("a-pronoun-after-an-unnamed-description-is-unresolved", '"The costs are real," the study\'s author, '
            'Tomas Ekby, wrote.\n\nThe president himself weighed in late on Wednesday. "No more!" he posted.',
            "No more!", None, "he", "posted", None, "direct"),
    Example("a-given-name-that-is-a-title-word-after-a-title", '"That is not how I see it," Gov. Dean Rutherby of '
            'Norland said on Sunday.', "That is not how I see it,", "Dean Rutherby", "Gov. Dean Rutherby of Norland",
            "said", None, "direct"),
    Example("a-given-name-that-is-a-title-word-after-a-lower-case-role", 'Former club captain Dean Mossley said the '
            'team had "lost its way."', "lost its way.", "Dean Mossley", "Former club captain Dean Mossley", "said",
            None, "partial"),
    Example("told-a-person-a-firm-s-name-describes", '"You left the door open," Rep. Tamsin Whitby told Quillpay '
            'chief executive Marek Adeyo during the hearing.', "You left the door open,", "Tamsin Whitby",
            "Rep. Tamsin Whitby", "told", "Quillpay chief executive Marek Adeyo", "direct"),
    Example("an-audit-speaks-its-findings", 'The audit, released on Tuesday by the state comptroller\'s office, '
            'found "systemic failures" in how overtime was tracked.', "systemic failures", None, "The audit", None,
            None, "partial"),
    Example("a-bare-noun-after-a-place-s-comma-is-no-role-of-it", 'A man died when a tree fell on his car in '
            'Oakvale, police said. "Stay off the roads," the police said.', "Stay off the roads,", None, "the police",
            "said", None, "direct"),
    Example("an-owner-opening-a-sentence-with-a-person-noun-gives-the-floor-to-that-person", '"We came in with an '
            'open mind," said Deputy Mayor Faris Hadley.\n\nHadley\'s boss, Mayor Osgood Oseby, has staked his '
            'campaign on the bridge. On Wednesday, he called the state\'s position "indefensible."', "indefensible.",
            "Osgood Oseby", "he", "called", None, "partial"),
    Example("a-wire-dateline-opens-the-story-it-is-no-caption", 'Halden Motors to cut jobs\n\nDETROIT (AP) \u2014 '
            'Halden Motors said Thursday it will cut about 4,000 jobs worldwide as sales fall.',
            "it will cut about 4,000 jobs worldwide as sales fall", "Halden Motors", "Halden Motors", "said", None,
            "indirect"),  # (and the day after "said" is when it was said, not part of what was)
    Example("another-office-of-the-same-kind-is-another-person", 'The housing minister, Rufus Blane, resigned on '
            'Friday.\n\nThe prime minister accepted his resignation, writing that Blane had been "a valued '
            'colleague".', "a valued colleague", None, "The prime minister", "writing", None, "partial"),
    Example("a-group-s-name-goes-on-after-for", 'Fares will rise in March. The Campaign for Better Buses said the '
            'rise was "the wrong decision at the wrong time."', "the wrong decision at the wrong time.",
            "Campaign for Better Buses", "The Campaign for Better Buses", "said", None, "partial"),
    Example("a-relative-clause-s-subject-glued-to-the-noun-before-it", "Bus fares will rise by 5% in March, the "
            "council has confirmed, in a move campaigners called 'a slap in the face' for commuters.",
            "a slap in the face", None, "campaigners", "called", None, "partial"),
    Example("a-relative-clause-reports-the-words-after-its-verb", 'A deal on ferry funding collapsed on Thursday '
            'after council leaders said they would not back it, throwing into doubt millions of dollars in aid '
            'that both parties had said was urgently needed.', "was urgently needed", None, "both parties", "said",
            None, "indirect"),
    Example("according-to-people-familiar-then-a-relative-clause", 'According to two people familiar with the talks, '
            'who requested anonymity to discuss private conversations, the deal fell apart over a provision that '
            'would have limited the mayor\'s authority to close the pier.',
            "the deal fell apart over a provision that would have limited the mayor's authority to close the pier",
            None, "two people familiar with the talks", "According to", None, "indirect"),
    Example("whom-is-never-the-subject-of-its-clause", 'The memoir revisits his feud with the late Senate leader Tobin '
            'Dorrity, whom Vance calls "the most talented obstructionist of his generation."',
            "the most talented obstructionist of his generation.", "Vance", "Vance", "calls", None, "partial"),
    Example("a-chamber-of-commerce-keeps-its-name", 'Ships have begun to sail for other ports, according to the '
            'Greyhaven Chamber of Commerce. "It is a disaster," the Greyhaven Chamber of Commerce said.',
            "It is a disaster,", "Greyhaven Chamber of Commerce", "the Greyhaven Chamber of Commerce", "said", None,
            "direct"),
    Example("a-month-that-is-a-given-name-opens-a-name", 'Councillor Nadia Ferrow backed the lanes. Shop owners '
            'objected. Her neighbour, florist June Ottaway, agreed. "We were never consulted," she said.',
            "We were never consulted,", "June Ottaway", "she", "said", None, "direct"),
    Example("a-clause-joined-by-but-answers-the-quote", 'Senate candidate Warren Halbrook on Thursday unveiled a '
            'tax plan that he said would "unleash the greatest economic boom in a generation," but economists from '
            'both parties questioned its math.', "unleash the greatest economic boom in a generation,",
            "Warren Halbrook", "he", "said", None, "partial"),
    Example("police-alone-names-no-one", 'Police said a 34-year-old man was arrested on Sunday after a six-hour '
            'standoff at a home on Elm Street.', "a 34-year-old man was arrested on Sunday after a six-hour standoff "
            "at a home on Elm Street", None, "Police", "said", None, "indirect"),
    Example("the-head-of-a-body-is-not-the-body", 'The director of the largest Harbor Action PAC supporting Gov. '
            'Ray Lindqvist, Corin Dorrance, cheered the banner stunt on Sunday. "We had no part in it, but it made us '
            'laugh!"', "We had no part in it, but it made us laugh!", None,
            "The director of the largest Harbor Action PAC", None, None, "direct"),
    Example("a-book-by-its-author-then-the-title", 'Critics pointed to a 2019 book by Ken Abbotsford, "Riding the '
            'Line," a collection of his essays on labor.', "Riding the Line,", None, None),
    Example("a-phrase-ending-in-his-is-no-speaker", 'The feud began after Ken Penrose published "Sketches of the '
            'Road," a 1998 collection of his writing about the town.', "Sketches of the Road,", None, None),
    Example("the-airline-is-the-firm-whose-name-ends-in-airways", 'Hundreds of passengers were stranded after a '
            'computer failure grounded flights run by Harwell Airways on Sunday. "We apologise to every customer '
            'affected," the airline said.', "We apologise to every customer affected,", "Harwell Airways",
            "the airline", "said", None, "direct"),
    Example("a-firm-by-the-first-word-of-its-name", 'Dorran Corp. said on Monday it would close two plants. "It is '
            'the right decision," Dorran said in a statement.', "It is the right decision,", "Dorran Corp.", "Dorran",
            "said", None, "direct"),
    Example("apposed-name-after-a-demonym-and-a-title", 'Inside the hall, the summit\'s host, Swiss President Anna '
            'Kellerman, urged delegates to "rise to the moment."', "rise to the moment.", "Anna Kellerman",
            "the summit's host", "urged", None, "partial"),
    Example("told-a-medium-s-noun-and-its-name", 'Lena Vasko of the Green List blamed the coalition. "They were never '
            'serious about compromise," she told the broadcaster NRB.', "They were never serious about compromise,",
            "Lena Vasko", "she", "told", "the broadcaster NRB", "direct"),
    Example("a-time-after-the-verb-is-no-speaker", 'Ted Voskuil toured the levee on Monday. "Our town deserves a '
            'sea wall," he said three weeks after the flood, "which, frankly, is long overdue."',
            "which, frankly, is long overdue.", "Ted Voskuil", "he", "said", None, "direct"),
    Example("the-second-half-of-a-split-quote-is-direct", '"We will protect every hospital," the health minister, '
            'Maren Brandt, said in 2021, "and that is a promise."', "and that is a promise.", "Maren Brandt",
            "the health minister", "said", None, "direct"),
    Example("the-second-half-of-a-split-quote-goes-on", '"More worrying," continued the harbour board\'s brief, "is '
            'the state of the sea wall."', "is the state of the sea wall.", None, "the harbour board's brief",
            "continued", None, "direct"),
    Example("a-clip-s-label-is-no-speaker", 'The anchor turned to the screen. "VIDEO: They told us it was a protest, '
            'and it was not."', "VIDEO: They told us it was a protest, and it was not.", None, None),
    Example("a-body-with-and-in-its-name", 'The Ferry and Harbour Administration said the new hulls were "safe and '
            'seaworthy."', "safe and seaworthy.", "Ferry and Harbour Administration",
            "The Ferry and Harbour Administration", "said", None, "partial"),
    Example("the-pontiff-is-the-pope", 'Pope Ignatius called on Wednesday for an end to the war. "Let us not grow '
            'used to war," the pontiff said.', "Let us not grow used to war,", "Pope Ignatius", "the pontiff", "said",
            None, "direct"),
    Example("it-after-a-federation", 'The Harbour Trade Federation called the plan unhelpful. In a statement, it '
            'said the ships were "safe and regulated."', "safe and regulated.", "Harbour Trade Federation", "it",
            "said", None, "partial"),
    Example("a-capitalised-tweeted-is-a-cue", 'Corin Dorrance, who runs the Harbor Action PAC, cheered the stunt on '
            'Sunday. "We had no part in it, but it made us laugh!" Dorrance Tweeted later.',
            "We had no part in it, but it made us laugh!", "Corin Dorrance", "Dorrance", "Tweeted", None, "direct"),
    Example("plural-officials-are-no-unnamed-he", 'Pope Ignatius spoke on Sunday. Church officials said the trip was '
            'off. He urged the faithful to pray, and said he hoped to visit "when peace allows."', "when peace allows.",
            "Pope Ignatius", "He", None, None, "partial"),  # (the cue found is "urged", the verb the parser put above)
    Example("the-teenager-is-the-salient-person", 'Tomas Ekdahl, who turned 19 last week, scored the winner. "We will '
            'be back next year," the teenager said.', "We will be back next year,", "Tomas Ekdahl", "the teenager",
            "said", None, "direct"),
    Example("a-relative-speaks-not-the-one-related", 'The climbers, named by their families as Cosimo Tallis, 24, and '
            'Orla Venn, 23, set out on Saturday.\n\nSheriff Orrin Brenning said the helicopters were grounded. "We are '
            'doing all we can," he said.\n\nVenn\'s sister said the family had flown in from Halifax. "We just want '
            'them home," she said.', "We just want them home,", None, "she", "said", None, "direct"),
    Example("a-given-name-set-off-after-a-relative", 'Rescuers searched for Cosimo Tallis. "He is strong and he is '
            'smart," Tallis\'s father, Lorcan, told reporters.', "He is strong and he is smart,", "Lorcan",
            "Tallis's father", "told", "reporters", "direct"),
    Example("a-plural-role-abbreviation-is-no-name", 'Two opposition lawmakers abstained. "We voted for our region, '
            'not for the government," the two MPs said.', "We voted for our region, not for the government,", None,
            "the two MPs", "said", None, "direct"),
    Example("a-museum-of-art-is-one-body", 'The Varden Museum of Art said the statues had been "illegally removed."',
            "illegally removed.", "Varden Museum of Art", "The Varden Museum of Art", "said", None, "partial"),
    Example("an-aged-demonym-is-the-salient-person", 'Defending champion Zsofi Teleki beat Ines Brandao. The '
            '24-year-old Hungarian said she felt "calmer than ever."', "calmer than ever.", "Zsofi Teleki",
            "The 24-year-old Hungarian", "said", None, "partial"),
    Example("the-watchdog-is-the-authority", 'The Fair Fares Authority fined three ferry firms on Monday. The watchdog '
            'said the firms had "failed their passengers."', "failed their passengers.", "Fair Fares Authority",
            "The watchdog", "said", None, "partial"),
    Example("an-office-of-two-things-is-one-body", 'The Office of Gas and Ferry Markets fined three suppliers on '
            'Monday. The regulator said the firms had "failed their customers."', "failed their customers.",
            "Office of Gas and Ferry Markets", "The regulator", "said", None, "partial"),
    Example("a-widow-named-after-a-comma", 'Evander Quaid died on Sunday. "He was a giant," his widow, Solveig, said '
            'in a statement.', "He was a giant,", "Solveig", "his widow", "said", None, "direct"),
    Example("a-name-in-an-unnamed-reporter-s-clause-takes-no-floor", 'Arvind Sethi, 12, won the title on Sunday. "I '
            'want to be world champion," the boy said.\n\nHis father, a software engineer, said the family had moved '
            'to Vienna for a year so that Arvind could play in more tournaments. "It was a big sacrifice, but he loves '
            'it," he said.', "It was a big sacrifice, but he loves it,", None, "he", "said", None, "direct"),
    Example("the-one-asked-answers", 'Mayor Casimir Brack spoke first. A reporter asked if he would resign. "I have no '
            'plans to go anywhere," he said.', "I have no plans to go anywhere,", "Casimir Brack", "he", "said", None,
            "direct"),
    Example("the-agency-is-the-commission-named-last", 'Nestly Inc. is recalling 2 million baby monitors, the Product '
            'Safety Commission said Thursday. Parents should stop using the monitors and contact Nestly for a '
            'replacement, the agency said.', "Parents should stop using the monitors and contact Nestly for a "
            "replacement", "Product Safety Commission", "the agency", "said", None, "indirect"),
    Example("the-agency-after-an-initialism-is-no-later-office", 'The HBI said on Monday it had opened an inquiry into '
            'the ferry. The agency declined to detail the "scope or targets" of its work.\n\nThe Inspector General\'s '
            'Office said it had "no comment."', "scope or targets", None, "The agency"),
    Example("a-committee-for-a-cause-is-one-name", 'The Committee for a Balanced Budget said the plan would add '
            '"trillions in debt."', "trillions in debt.", "Committee for a Balanced Budget",
            "The Committee for a Balanced Budget", "said", None, "partial"),
    Example("a-commission-on-a-matter-is-one-name", 'The Commission on Fair Debates chose the moderators on Monday. '
            'The commission said the choice was "final."', "final.", "Commission on Fair Debates", "The commission",
            "said", None, "partial"),
    Example("an-office-cut-from-its-owner-names-no-one", 'The Attorney General\'s Office said the case was "closed."',
            "closed.", None, "The Attorney General's Office", "said", None, "partial"),
    Example("the-commission-capitalised-is-the-one-named-before", 'The Harbour Standards Commission barred 51 '
            'candidates on Monday. The Commission said it had "no choice" under the law.', "no choice",
            "Harbour Standards Commission", "The Commission", "said", None, "partial"),
    Example("the-court-is-the-one-named-outside-quotes", 'The Ninth Circuit Court heard the appeal in May. In its '
            'ruling, the Court stated that "the District Court erred in its reading." Later, the Court wrote that '
            '"no right is at stake."', "no right is at stake.", "Ninth Circuit Court", "the Court", "wrote", None,
            "partial"),
    Example("the-person-set-off-after-a-role-in-a-body", 'The co-founder of software maker Quillcast, Thora Osei, said '
            'Tuesday that she would "step aside for good."', "step aside for good.", "Thora Osei",
            "The co-founder of software maker Quillcast", "said", None, "partial"),
    Example("told-a-body-that-and-the-rest-the-parser-broke-off", 'Prosecutor Bertil Whitmore told the court that '
            'Orrin\'s account matched physical evidence, including a gas can found in Brannock\'s car.',
            "that Orrin's account matched physical evidence, including a gas can found in Brannock's car",
            "Bertil Whitmore", "Prosecutor Bertil Whitmore", "told", "the court", "indirect"),
    Example("the-body-named-after-its-description", 'The Ostrand refugee agency, ORFA, said conditions in the camp '
            'were "desperate."', "desperate.", "ORFA", "The Ostrand refugee agency", "said", None, "partial"),
    Example("an-initialism-before-union-names-the-union", 'Ferry staff walked out on Monday. The HRWU union said the '
            'pay offer was "an insult."', "an insult.", "HRWU", "The HRWU union", "said", None, "partial"),
    Example("an-adjective-before-group-names-no-group", 'A major Islander civil rights group said the law was "cruel."',
            "cruel.", None, "A major Islander civil rights group", "said", None, "partial"),
    Example("an-interview-s-answer-is-the-interviewee-s", 'Dr. Ilse Varnum became head of the Harborview schools on '
            'July 1. We asked her about her plans.\n\nQ: What is your first priority?\n\nA: "Reading. Everything '
            'else follows from that."', "Reading. Everything else follows from that.", "Ilse Varnum", "A", ":", None,
            "direct"),
    Example("an-answer-after-an-intro-naming-two-is-no-one-s", 'Ilse Varnum and Ambrose Okoro run the Harborview '
            'schools. We asked them about their plans.\n\nQ: What comes first?\n\nA: "Reading."', "Reading.", None,
            "A", ":", None, "direct"),
    Example("the-company-is-the-firm-named-last-whatever-its-ending", 'Brightholm House\'s owner, Tallowmere Care, '
            'said it "deeply regrets" the deaths. The company said staff had followed the heat wave guidance.',
            "staff had followed the heat wave guidance", "Tallowmere Care", "The company", "said", None, "indirect"),
    Example("a-body-owning-a-place-set-off-after-owner", 'Brightholm House\'s owner, Tallowmere Care, said it "deeply '
            'regrets" the deaths.', "deeply regrets", "Tallowmere Care", "Brightholm House's owner", "said", None,
            "partial"),
    Example("a-health-firm-by-the-first-word-of-its-name", 'Larchfield Health will close six rural clinics by the end '
            'of the year. Larchfield said employees at the clinics would be offered "jobs elsewhere in the system."',
            "jobs elsewhere in the system.", "Larchfield Health", "Larchfield", "said", None, "partial"),
    Example("scare-quote", 'The so-called "peace plan" was announced on Tuesday.', "peace plan", None, None),
    Example("film-title", 'The film "Rivers of Light" opened in cinemas last week.', "Rivers of Light", None, None),
]
