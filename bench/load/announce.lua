-- wrk script: a state-body officer drafts an announcement through the API (bearer token in the
-- Authorization header given to wrk with -H); every request is a new draft with the three languages.
local body = '{"directionKk":"Мұнай-газ өндірісі","directionRu":"Нефтегазовая отрасль","directionEn":"Oil and gas",'
  .. '"documentsKk":"Өтініш (1-қосымша); еңбек өтілін растайтын құжат","documentsRu":"Заявление (приложение 1); документ о стаже",'
  .. '"documentsEn":"Application (Annex 1); proof of work experience","postalAddress":"010000, Астана, Мәңгілік Ел, 8",'
  .. '"email":"info@mtszn.gov.kz"}'

-- A headers table given to wrk.format replaces the -H ones, so the bearer token is copied in.
request = function()
  local headers = { ["Content-Type"] = "application/json" }
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", wrk.path, headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
