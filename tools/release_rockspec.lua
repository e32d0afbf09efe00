-- Writes the rockspec of a release to standard output: the scm rockspec
-- with the release's version and a source that names the release archive.
-- The scm rockspec stays the one description of the rock, so the two
-- cannot drift apart.
--
--   lua tools/release_rockspec.lua SCM_ROCKSPEC VERSION URL MD5
--
-- VERSION is verba's (csrc/verba.h), the rockspec revision is 1; URL is
-- where the archive verba-VERSION.tar.gz is (a file:// URL of the local
-- copy, or where a release publishes it: its base name must stay the
-- archive's, which the source rock holds under that name); MD5 is the
-- archive's checksum, which LuaRocks verifies when it fetches the URL.
local scm_path, version, url, md5 = ...
if not (scm_path and version and url and md5) then
  io.stderr:write("usage: lua tools/release_rockspec.lua SCM_ROCKSPEC VERSION URL MD5\n")
  os.exit(2)
end
assert(version:find("^%d+%.%d+%.%d+$"), "version must be MAJOR.MINOR.PATCH, got " .. version)
assert(md5:find("^%x+$") and #md5 == 32, "md5 must be 32 hex digits, got " .. md5)

local f = assert(io.open(scm_path, "r"))
local text = f:read("*a")
f:close()

-- Replaces the one match of pattern in text, failing if there is none:
-- a changed scm rockspec must not give a release rockspec of the wrong
-- shape silently.
local function replace_once(pattern, replacement)
  local out, n = text:gsub(pattern, function() return replacement end)
  assert(n == 1, ("%s: expected one match of %q, found %d"):format(scm_path, pattern, n))
  text = out
end

replace_once('\nversion = "scm%-1"\n', ('\nversion = "%s-1"\n'):format(version))
replace_once("\nsource = %b{}\n", ([[

source = {
  url = %q,
  md5 = %q,
  dir = %q,
}
]]):format(url, md5, "verba-" .. version))
io.write(text)
