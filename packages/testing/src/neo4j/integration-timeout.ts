// Starting and seeding a real Neo4j takes seconds, not the default 5 s.
jest.setTimeout(120_000);
