-- wrk script: GET /api/v1/projects/{id}, rotating over the ids in $IDS_FILE (one per line).
-- Each thread starts at a different offset so the threads do not read the same row at the same time.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE") or "ids.txt") do
  if #line > 0 then ids[#ids + 1] = line end
end
if #ids == 0 then error("no ids in IDS_FILE") end

local next_index = 0
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count * 7919)
  thread_count = thread_count + 1
end

function init(args)
  next_index = offset or 0
end

function request()
  next_index = next_index + 1
  return wrk.format("GET", "/api/v1/projects/" .. ids[(next_index % #ids) + 1])
end
