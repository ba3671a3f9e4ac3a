# The stakeholders' PDF, in the workshop's language.

## Dates: "18 November 2026".
pdf-date = { $day } { $month } { $year }
pdf-month-1 = January
pdf-month-2 = February
pdf-month-3 = March
pdf-month-4 = April
pdf-month-5 = May
pdf-month-6 = June
pdf-month-7 = July
pdf-month-8 = August
pdf-month-9 = September
pdf-month-10 = October
pdf-month-11 = November
pdf-month-12 = December

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
