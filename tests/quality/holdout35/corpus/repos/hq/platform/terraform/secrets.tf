locals {
  vendor_keys = [
    { name = "fisheries-authority", value = "Dr3pScoZ0brqqJDCvRvn12rd7i9FdEdp" },
    { name = "weather", value = "igf66vaj9J3hjcuPbkzJxoigscH52pRU" },
    { name = "chart-tiles", value = "pk.eyJ1IjoiY29vcGZpc2giLCJhIjoiWw96Mk5qMbO_ayGGmiWcseNPLIn0.cPoJ3McG_v1XOI6hOZNw7b" },
  ]
}
