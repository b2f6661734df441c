-- A migration only a newer release would ship: SchemaStateIT applies it to make a database newer than the code.
CREATE TABLE from_a_newer_release (id INT PRIMARY KEY);
