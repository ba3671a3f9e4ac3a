# Names the window and the PDF both show: card kinds, feelings, statuses, what became of a step,
# participants' colours. The core's codes follow the dash: card-kind-pain_point.

card-kind-note = Note
card-kind-quote = Quote
card-kind-pain_point = Pain point
card-kind-idea = Idea
card-kind-opportunity = Opportunity

emotion-plus-2 = Delighted
emotion-plus-1 = Happy
emotion-0 = Neutral
emotion-minus-1 = Unhappy
emotion-minus-2 = Upset

status-idea = Idea
status-planned = Planned
status-in_progress = In progress
status-done = Done

fate-kept = Kept
fate-changed = Changed
fate-removed = Removed
fate-new = New

colour-0 = Blue
colour-1 = Vermilion
colour-2 = Green
colour-3 = Pink
colour-4 = Ochre
colour-5 = Sky blue
colour-6 = Purple
colour-7 = Grey

# What someone said, between the language's quotation marks.
quoted = “{ $text }”

# The evidence behind an opportunity, in one sentence of parts joined by the separator.
evidence-step-unrated = nobody has rated ‘{ $step }’ yet
evidence-step-rated = { $low } of { $rated ->
    [one] { $rated } customer
   *[other] { $rated } customers
} rated ‘{ $step }’ −{ $score } or lower
evidence-quotes = { $quotes ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}, { $named } named with consent
evidence-other-cards = { $cards ->
    [one] { $cards } other card
   *[other] { $cards } other cards
}
evidence-separator = {"; "}

# Who a card is credited to, when not a person's name.
credit-research = Research
credit-customer = A customer
credit-team = Team

# The months, as dates are written and read (22 November 2026).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
