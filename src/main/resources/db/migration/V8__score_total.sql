-- Running sums of the score entries that count, per unit, year and criterion: what a scorecard is
-- computed from when it is needed for every unit at once (dashboard, /api/scorecards/{year}).
-- Kept in the same transaction as each entry (ScoreEntryRepository.append); a correction adds the
-- difference between its points and the points it replaces. The entries stay the source of truth.
CREATE TABLE score_total (
    unit_code   VARCHAR(20)    NOT NULL,
    "year"      INTEGER        NOT NULL,
    criterion   VARCHAR(100)   NOT NULL,
    points      NUMERIC(12, 2) NOT NULL,
    max_points  NUMERIC(12, 2) NOT NULL,
    entries     INTEGER        NOT NULL,
    CONSTRAINT pk_score_total PRIMARY KEY ("year", unit_code, criterion)
);

CREATE INDEX ix_score_corrects ON score_entry (corrects_entry_id);

INSERT INTO score_total (unit_code, "year", criterion, points, max_points, entries)
SELECT e.unit_code, e."year", e.criterion, SUM(e.points), SUM(COALESCE(e.max_points, 0)), COUNT(*)
FROM score_entry e
WHERE NOT EXISTS (SELECT 1 FROM score_entry c WHERE c.corrects_entry_id = e.id)
GROUP BY e.unit_code, e."year", e.criterion;
