-- Bench only: grows the demo office's petitions (the ~8,000 of the demo year) to :target rows by copying them into the
-- four years before, and thinly into the demo year itself, so the table holds five years of history for the list
-- timings. A copy keeps its original's type, period, mode, working minutes and legal days, so the figures agree with
-- each other even though shifted deadlines are not exact engine results around holidays. Copies are completed unless
-- they land in the current year with a deadline still ahead; demo.employee keeps one copy in four of his (the others
-- go to a colleague of his team), which leaves him a few thousand petitions with tens open.
-- Run: psql -v target=500000 -f bench/grow-petitions.sql (while the portal runs: ids start far above its sequence).
\set ON_ERROR_STOP on
SELECT count(*) AS originals FROM petition \gset
SELECT greatest(0, ceil((:target - :originals)::numeric / :originals))::int AS copies \gset
SELECT id AS demo_employee FROM employee WHERE employee_no = '900001' \gset
\echo copying :originals demo petitions :copies times

CREATE TEMP TABLE colleague AS
SELECT e.id, e.unit_id, row_number() OVER (PARTITION BY e.unit_id ORDER BY e.id) - 1 AS n,
       count(*) OVER (PARTITION BY e.unit_id) AS members
FROM employee e WHERE e.active AND e.id <> :demo_employee;

INSERT INTO petition (id, receipt_no, type_id, period_amount, period_unit, received_at, handler_id, unit_id,
    department_id, channel, resident, compound, status, outcome, approved_at, closed_at, mode, deadline,
    original_deadline, working_minutes, used_minutes, legal_days, used_days, on_time, transferred_from, created_at,
    updated_at, version)
SELECT 100000000 + c.g * 1000000 + row_number() OVER (PARTITION BY c.g ORDER BY c.id),
       'H' || lpad(c.g::text, 3, '0') || '-' || c.receipt_no,
       c.type_id, c.period_amount, c.period_unit, c.received_at - c.shift, c.handler, c.unit_id, c.department_id,
       c.channel, c.resident, c.compound,
       CASE WHEN c.stays_open THEN c.status ELSE 'COMPLETED' END,
       CASE WHEN c.stays_open THEN NULL ELSE coalesce(c.outcome, 'GRANTED') END,
       CASE WHEN c.stays_open THEN NULL WHEN c.approved_at IS NOT NULL THEN c.approved_at - c.shift
            ELSE greatest(c.received_at - c.shift + interval '10 minutes',
                          least(c.deadline - c.shift, localtimestamp - interval '1 day') - interval '2 hours') END,
       CASE WHEN c.stays_open THEN NULL WHEN c.closed_at IS NOT NULL THEN c.closed_at - c.shift
            ELSE greatest(c.received_at - c.shift + interval '40 minutes',
                          least(c.deadline - c.shift, localtimestamp - interval '1 day') - interval '90 minutes') END,
       c.mode, c.deadline - c.shift, c.original_deadline - c.shift, c.working_minutes,
       CASE WHEN c.stays_open THEN NULL ELSE coalesce(c.used_minutes, c.working_minutes / 2) END,
       c.legal_days,
       CASE WHEN c.stays_open THEN NULL ELSE coalesce(c.used_days, round(c.legal_days / 2, 1)) END,
       CASE WHEN c.stays_open THEN NULL ELSE coalesce(c.on_time, TRUE) END,
       NULL, c.received_at - c.shift, c.received_at - c.shift + interval '1 day', 0
FROM (
    SELECT p.*, g.g, s.shift,
           CASE WHEN p.handler_id = :demo_employee AND g.g % 4 <> 0
                THEN coalesce((SELECT o.id FROM colleague o WHERE o.unit_id = p.unit_id AND o.n = g.g % o.members),
                              p.handler_id)
                ELSE p.handler_id END AS handler,
           p.status <> 'COMPLETED' AND p.deadline - s.shift >= localtimestamp AS stays_open
    FROM petition p
    CROSS JOIN generate_series(1, :copies) AS g(g)
    -- Years back 0..4 by copy, a few days more so copies of one petition do not coincide.
    CROSS JOIN LATERAL (SELECT make_interval(days => 365 * (g.g % 5) + 1 + (g.g / 5) % 13)) AS s(shift)
    WHERE p.receipt_no NOT LIKE 'H%'
) c
ORDER BY c.g, c.id
LIMIT greatest(0, :target - :originals);

ANALYZE petition;
SELECT count(*) AS petitions, count(*) FILTER (WHERE status <> 'COMPLETED') AS open,
       min(received_at)::date AS first_receipt, max(received_at)::date AS last_receipt
FROM petition;
SELECT e.employee_no, u.code AS unit, count(*) AS petitions, count(*) FILTER (WHERE p.status <> 'COMPLETED') AS open
FROM petition p JOIN employee e ON e.id = p.handler_id JOIN unit u ON u.id = p.unit_id
WHERE e.employee_no = '900001' GROUP BY 1, 2;
SELECT u.code AS unit, count(*) AS petitions, count(*) FILTER (WHERE p.status <> 'COMPLETED') AS open
FROM petition p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'T-CIVIL-1' GROUP BY 1;
SELECT d.code AS department, count(*) AS petitions, count(*) FILTER (WHERE p.status <> 'COMPLETED') AS open
FROM petition p JOIN unit d ON d.id = p.department_id WHERE d.code = 'D-CIVIL' GROUP BY 1;
