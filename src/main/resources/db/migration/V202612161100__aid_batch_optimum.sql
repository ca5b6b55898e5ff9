-- A small week is also solved exactly; the proposal keeps the optimum's cost beside its own.
ALTER TABLE aid.batch_proposal ADD COLUMN optimum_cost double precision;
