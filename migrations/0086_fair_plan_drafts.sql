-- The organizer's edits of a fair's floor plan that visitors do not see yet (bản nháp sơ đồ):
-- the editor works on the draft, publishing writes it to the stalls in one transaction, undo
-- drops the last edit. [{stall, before, after}] in the order made; before/after hold the fields
-- the edit changed. Replacing the whole plan (generate, import) drops the draft.
CREATE TABLE fair_plan_drafts (
  fair_id uuid PRIMARY KEY REFERENCES fairs (id) ON DELETE CASCADE,
  edits jsonb NOT NULL DEFAULT '[]',
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL
);
