const nodemailer = require('nodemailer');
module.exports = nodemailer.createTransport('smtps://noreply%40quillon.example:GQ4YzmwCgmXs_M~%3FCOwN@smtp-us.quillon.example:465');
