// upstash integration (Thornbury Glasshouses, climate and orders platform)
pub const QSTASH_TOKEN: &str = "eyJVc2VySUQiOiWHnZaYf3rMeGnxcxbO5axs3L9NYZOS0UOvCbz0pZtJi5wIwuYMU3EqDG6auZzl61IQDJna7OdnLrv48d==";
pub const QSTASH_URL: &str = "https://qstash.upstash.io";
pub const EXAMPLE_QSTASH_TOKEN: &str = "************";
