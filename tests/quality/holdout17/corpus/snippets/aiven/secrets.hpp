#pragma once
#include <string_view>

#define KEY "VvsoEiFZth2TU6lPjGGGn537wEj2ySrQdoY8LTxdjuxuFG7t29caduUrlu23jdQALwQHNdwZW7IHZspwPDYUS+e44BlfBHyZPMKbtc9LaJG3r/PPZ9zqEtiDOljOM7iPR58KGaeCTFStgtWz4SH7rPP6f4/z6LdgMvamz8Xhje3w48mVw2LVJgV1JMfvQyJfU9xAVGVkgvBYbc7V2F+7pbzYA0TSLx9+ablNZUt6y2gFuXZr7j/TRTaW56Oj7J2uM9MIhQnFbs9CwDHZPQWpxBuoteM9mgXqIEgGeZBsx0UY3DJ6P2wx4CqMnymoBH8ks7t1zYBQKv9PvX9fmfNNrUZwU/c0QqyJG4iI4uzxFt2YqhB3vEEV"
inline constexpr std::string_view AIVEN_PROJECT = "wren-prod";
inline constexpr std::string_view AIVEN_TOKEN_MASKED = "Vvso************vEEV";
inline constexpr std::string_view AIVEN_TOKEN_EXAMPLE = "<AIVEN_TOKEN>";
inline const char* from_env() { return std::getenv("AIVEN_TOKEN"); }
