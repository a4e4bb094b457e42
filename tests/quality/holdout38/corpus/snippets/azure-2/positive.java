conn.setRequestProperty("Authorization", "Bearer 1Ri8Q~L-YjHiFKx~6Mbm7djHASIMymByqBLmM7_t");
