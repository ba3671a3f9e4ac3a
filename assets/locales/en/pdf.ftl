# The stakeholders' PDF, in the workshop's language.

## Dates: "18 November 2026".
pdf-date = { $day } { $month } { $year }

## The cover.
pdf-cover-kicker = CUSTOMER JOURNEY WORKSHOP
pdf-cover-held-on = HELD ON
pdf-cover-where = WHERE
pdf-cover-facilitated-by = FACILITATED BY
pdf-cover-in-the-room = IN THE ROOM
pdf-cover-in-this-document = IN THIS DOCUMENT
# Customers are named only if they agreed to be quoted by name.
pdf-cover-customers = { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }: { $unnamed ->
        [0] { $named }
       *[other] { $named_count ->
            [0] { $unnamed ->
                [one] one who asked not to be named
               *[other] { $unnamed } who asked not to be named
            }
           *[other] { $named } and { $unnamed ->
                [one] one who asked not to be named
               *[other] { $unnamed } who asked not to be named
            }
        }
    }
pdf-cover-team = Team: { $names }
pdf-cover-stakeholders = Stakeholders: { $names }
pdf-cover-personas = { $count ->
        [one] { $count } persona: who the customer is, and who we choose not to serve
       *[other] { $count } personas: who the customer is, and who we choose not to serve
    }
pdf-cover-boards = { $count ->
        [one] { $count } journey board: what the customer does, thinks and feels at each step
       *[other] { $count } journey boards: what the customer does, thinks and feels at each step
    }
pdf-cover-compared = { $count ->
        [one] { $count } to-be journey against its as-is journey: the change customers measured at each step
       *[other] { $count } to-be journeys against their as-is journeys: the change customers measured at each step
    }
pdf-cover-summary = A summary: the pain points, the opportunities with their owners and evidence, the customers' own words
pdf-cover-decided = What we decided: every opportunity, its owner, target and status, most-voted first
pdf-cover-exported = Exported from Feltboard on { $date }

## Every page.
# The foot of each page, beside the workshop's title.
pdf-footer-page = Page { $number } of { $total }
# At the top of a page that goes on from the one before: a persona's name, a board's title, "Summary".
pdf-continued = { $title } — continued
# A step or cell nobody rated.
pdf-not-rated = not rated
# Who follows an opportunity up, on its card and in the summary.
pdf-owner = Owner: { $owner }
# In the summary and in "What we decided" when the room recorded no opportunity.
pdf-no-opportunities = No opportunities were recorded.
# The heading of the tables' first column: each row's number (shown in capitals).
pdf-column-number = #

## The PDF's bookmarks (the summary's and the decisions' are their pages' titles).
pdf-outline-cover = Cover
pdf-outline-personas = Personas
pdf-outline-boards = Journey boards
pdf-outline-comparison = As-is against to-be: { $title }

## A persona's pages.
pdf-persona-label-anti = ANTI-PERSONA · WHO WE CHOOSE NOT TO SERVE
pdf-persona-label-assumed = PROTO-PERSONA · BUILT ON THE TEAM'S ASSUMPTIONS
pdf-persona-label-research = PERSONA · BASED ON RESEARCH
pdf-persona-anti-reason = Why we choose not to serve them: { $reason }
pdf-persona-goals = GOALS
pdf-persona-needs = NEEDS
pdf-persona-pain-points = PAIN POINTS
pdf-persona-behaviours = BEHAVIOURS
pdf-persona-channels = CHANNELS
pdf-persona-wants-to-feel = WANTS TO FEEL
pdf-persona-empathy-map = EMPATHY MAP
pdf-persona-says = Says
pdf-persona-thinks = Thinks
pdf-persona-does = Does
pdf-persona-feels = Feels
# $count: how many interviews, 1 or more; $sources: what the team wrote about them, maybe nothing.
pdf-persona-evidence-interviews = Evidence: research, { $count } interviews. { $sources }
pdf-persona-evidence-research = Evidence: research. { $sources }
pdf-persona-evidence-assumed = Evidence: the team's assumptions, not yet checked with customers.
# Descriptions of the picture, for screen readers.
pdf-persona-portrait = Portrait of { $name }
pdf-persona-initials = The initials of { $name }

## The board pages.
# Over a board too big for one page.
pdf-board-page = Board page { $number } of { $of }
pdf-board-persona = Whose journey: { $persona }
# $others: the other personas' names, joined by commas.
pdf-board-personas = Whose journey: { $persona }, beside { $others }
pdf-board-scenario = Scenario: { $scenario }
pdf-board-expects = Expects: { $expectations }
pdf-board-moment-of-truth = ★ Moment of truth
# In a lane's header, when the lane goes on from the page before / on the next page.
pdf-board-lane-continued = continued
pdf-board-lane-continues = continues overleaf
# The line between what the customer sees and what they don't.
pdf-board-line-of-visibility = Line of visibility
# In an opportunity's small print on its card.
pdf-card-evidence = { $count ->
        [one] { $count } piece of evidence
       *[other] { $count } pieces of evidence
    }

## The emotion curves on the board pages.
pdf-curves-assumed = Assumed by the team
pdf-curves-rated = Rated by customers: mean, spread, count
pdf-curves-desired = Desired
# The row of every customer's numbers under the curves, above each persona's.
pdf-curves-all-customers = All customers
# The curves described, sentence by sentence, for screen readers. $values: "Pay −1.5 (n=4), Wait −2.0 (n=3)".
pdf-curves-alt = Emotion curves, from −2 (upset) to +2 (delighted).
pdf-curves-alt-assumed = Assumed by the team: { $values }.
pdf-curves-alt-rated = Rated by customers: { $values }.
pdf-curves-alt-persona = Rated by customers most like { $persona }: { $values }.
pdf-curves-alt-desired = Desired: { $values }.

## A to-be journey against its as-is journey.
pdf-comparison-kicker = AS-IS AGAINST TO-BE
pdf-comparison-intro = Started from “{ $as_is }”. The measured change is what customers rated the to-be step minus what they rated the as-is step, where they rated both; n is how many rated, as-is → to-be.
# The table's headings (shown in capitals); the two "Rated" ones also name the curves.
pdf-comparison-column-step = Step
pdf-comparison-column-fate = What became of it
pdf-comparison-rated-as-is = Rated as-is
pdf-comparison-rated-to-be = Rated to-be
pdf-comparison-column-change = Measured change
# Under a changed step: what it was called.
pdf-comparison-was = was “{ $step }”
pdf-comparison-not-measured = not measured
# What became of a step, under the chart and in its description.
pdf-comparison-fate-kept = kept
pdf-comparison-fate-changed = changed
pdf-comparison-fate-removed = removed
pdf-comparison-fate-new = new
# The chart described for screen readers; $steps are pdf-comparison-alt-step joined by "; ".
pdf-comparison-alt = The rated curves of “{ $as_is }” and “{ $to_be }”, from −2 (upset) to +2 (delighted), step by step: { $steps }.
# $as_is and $to_be: "−1.3 (n=4)", or pdf-not-rated.
pdf-comparison-alt-step = { $number } { $step }, { $fate }: as-is { $as_is }, to-be { $to_be }

## The summary.
pdf-summary-title = Summary
pdf-summary-pains = Where it hurts
pdf-summary-no-pains = No pain points were recorded.
pdf-summary-opportunities = What we could do about it
pdf-summary-quotes = In the customers' words
pdf-summary-no-quotes = No customer quotes were recorded.
# A pain point, its dots from the room and its board.
pdf-summary-pain = { $votes ->
        [0] { $text } — { $board }
        [one] { $text } ({ $votes } vote) — { $board }
       *[other] { $text } ({ $votes } votes) — { $board }
    }
# An opportunity or idea and its dots from the room.
pdf-summary-opportunity = { $votes ->
        [0] { $text }
        [one] { $text } ({ $votes } vote)
       *[other] { $text } ({ $votes } votes)
    }
pdf-summary-no-owner = Owner: not yet chosen
# $measure: "metric → target".
pdf-summary-measured-by = Measured by: { $measure }
pdf-summary-status = Status: { $status }
# $evidence: the evidence sentence (evidence-* in names.ftl).
pdf-summary-evidence = Evidence: { $evidence }
pdf-summary-no-evidence = Evidence: none linked yet
# A customer's words (already between quotation marks) and who said them.
pdf-quote-credited = { $quote } — { $credit }

## What we decided.
pdf-decided-title = What we decided
pdf-decided-intro = Every opportunity on every board, most-voted first: who owns it, how we will know it worked, where it stands, and how much evidence from the room supports it.
# The table's headings (shown in capitals).
pdf-decided-column-opportunity = Opportunity
pdf-decided-column-board = Board
pdf-decided-column-owner = Owner
pdf-decided-column-measure = Metric → target
pdf-decided-column-status = Status
pdf-decided-column-votes = Votes
pdf-decided-column-evidence = Evidence
pdf-decided-no-owner = not yet chosen
pdf-decided-no-measure = not yet set
pdf-decided-no-evidence = none linked
