-- Test and demo responses are stored and reported like any other, but "how you compare" leaves them out.
ALTER TABLE response ADD COLUMN test_only BOOLEAN DEFAULT FALSE NOT NULL;
