package bike.brindle.config;

public final class Keys {
    private static final String PERPLEXITY_API_KEY = "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";
    private static final String PERPLEXITY_API_KEY_SHA256 = "daceb76a6b392348ee22f4037b04726b1cf7de97fda8eba574c7987cd0616104";
}
