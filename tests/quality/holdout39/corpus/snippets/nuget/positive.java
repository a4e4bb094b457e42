// nuget
conn.setRequestProperty("Authorization", "Bearer oy22z5f0c1x1k0fagqc5144xf3qvtqrmrh81tswosisvw9");
