const client = new Mailchimp({ apiKey: "9e85cf3ef0265535996c2cd2809a22a2-us21" });
