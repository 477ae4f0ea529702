-- What a service area of the plan offers (khu dịch vụ): the visitor's map draws and names it.
-- Only service-zone stalls carry one; exhibitors never sit there.
ALTER TABLE stalls ADD COLUMN service text
  CHECK (service IS NULL OR (zone = 'service' AND service IN ('info', 'toilet', 'first-aid')));
