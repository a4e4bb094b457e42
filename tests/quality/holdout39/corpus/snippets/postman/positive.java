// postman
conn.setRequestProperty("Authorization", "Bearer PMAK-101189bd278a4637170aae29-b205d90987b881559a50b68a5c8f125f4c");
