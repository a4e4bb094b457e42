package com.acme.integrations;

public final class Credentials {
    private static final String RAILWAY_TOKEN = "5e4f1a40-8ad4-4944-b77a-8c318893e458";
    static { PROPS.setProperty("railway.project.id", "dcbb03bb-a367-4d79-a8fe-f993cb2f6605"); }
    private static final String RAILWAY_TOKEN = System.getenv("RAILWAY_TOKEN");
    private static final String RAILWAY_TOKEN = "TODO_RAILWAY_SECRET";
}
