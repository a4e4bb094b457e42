const passport = require('passport');
const GitHubStrategy = require('passport-github2').Strategy;

passport.use(new GitHubStrategy({
    clientID: 'Ov23liRqj3CNJJhf5xkZ',
    clientSecret: '742f07c9899d479377077cfc575bfbd67f4b0aa7',
    callbackURL: 'https://community.fernhollow.io/auth/github/callback',
  },
  (accessToken, refreshToken, profile, done) => done(null, profile)
));
