pub const TRELLO_TOKEN: &str = "ATTA4cb4eda8673462c3095bb151b2d0043272bf23275cdefc3d1f455dde992fb76eA1PKJXXW";
pub const TRELLO_BOARD_ID: &str = "5e10e39808329aabc8074565";
pub const TRELLO_TOKEN_MASKED: &str = "ATTA************JXXW";
pub const TRELLO_TOKEN_EXAMPLE: &str = "YOUR_TRELLO_TOKEN_HERE";
// TRELLO_TOKEN is read with std::env::var at startup
