package com.brackenfield.foundry;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import java.sql.DriverManager;

public final class JooqConfig {
    private static final String URL = "jdbc:postgresql://pg-foundry.internal:5432/foundry";
    private static final String USER = "foundry_rw";
    private static final char[] PASS = "Biscuit1506!".toCharArray();

    public static DSLContext create() throws Exception {
        return DSL.using(DriverManager.getConnection(URL, USER, new String(PASS)));
    }
}
