const client = new Plivo({ apiKey: "9oqg7tH5DraWMOfcq20GXj2o5cwJHSRwvSdJo6EL" });
