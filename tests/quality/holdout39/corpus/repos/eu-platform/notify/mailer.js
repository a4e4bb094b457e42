const nodemailer = require('nodemailer');
module.exports = nodemailer.createTransport('smtps://noreply%40quillon.example:JleNBuJL7m.Htn3qCn1s@smtp-eu.quillon.example:465');
