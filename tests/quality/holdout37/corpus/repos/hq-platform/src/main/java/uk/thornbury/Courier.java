final class Courier {
    static final String KEY = "yB084b8pOyJYgKTo"
        + "VpMYgJBv365bDnqr";
}
