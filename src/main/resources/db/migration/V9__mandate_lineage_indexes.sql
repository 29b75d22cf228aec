-- Linking a mandate to the one it repeats looks mandates up by the resolutions they recall and by
-- resolution key: without these, each derived document scanned every mandate (quadratic on a
-- large registry).
create index mandate_by_recall on mandate using gin (recalls);
create index mandate_by_key on mandate (body_code, resolution_key);
