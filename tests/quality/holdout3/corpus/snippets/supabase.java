package com.acme.integrations;

public final class Credentials {
    static { PROPS.setProperty("supabase.service.role.key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im03dWM1YWE3NjJsZDBxM3E0a3p2Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczMDAwMDAwMCwiZXhwIjoyMDQ1NTc2MDAwfQ.3MaE5w9O9lkZnypNoJHlHJriNahvRfp5gb_nKcwQIM3"); }
    private static final String SUPABASE_ACCESS_TOKEN = "sbp_ed00f4b47b859922a234fc18de9399b266e2ef28";
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer sb_secret_4aqJVmg9w7OWcduy0cjDmb_8678a170").build();
    static { PROPS.setProperty("supabase.anon.jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF0MjF4cDlnc2lnNXVhNzl2ODB1Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzAwMDAwMDAsImV4cCI6MjA0NTU3NjAwMH0.eulE2i74XfTmLBl9Mh_BjMH9tUqSGHIjgYlNscowhie"); }
    private static final String SUPABASE_PUBLISHABLE = "sb_publishable_uZtsKhmCv6oH61eGwbscM6_a7b158a0";
    private static final String SUPABASE_SERVICE_ROLE_KEY = System.getenv("SUPABASE_SERVICE_ROLE_KEY");
}
