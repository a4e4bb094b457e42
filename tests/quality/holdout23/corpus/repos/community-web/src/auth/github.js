const passport = require('passport');
const GitHubStrategy = require('passport-github2').Strategy;

passport.use(new GitHubStrategy({
    clientID: 'Ov23li7nCwEIbxtxsmgi',
    clientSecret: 'b7904438ea8663746b55cfbb4393f7b29c3ac81e',
    callbackURL: 'https://community.fernhollow.io/auth/github/callback',
  },
  (accessToken, refreshToken, profile, done) => done(null, profile)
));
