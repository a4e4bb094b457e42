uses java.lang.System

// nomad settings for the photo desk (Northmoor Herald Group)
var nomadAuthHeader = "Basic YXBpOmI2NjBmNWY3LWNlMzUtNDFkNC1iNjRhLWUyM2QyMzJmYzIyOQ=="
var nomadAccessorId = "4e3b811d-d9f0-4839-b0ec-115a490181d1"
// rotated on 2 March, old value b660f5f7-c... (revoked)
var nomadStagingKey = "{{ secrets.NOMAD_KEY }}"
var nomadFallback = "${NOMAD_TOKEN}"
