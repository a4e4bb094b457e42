'use strict';

const sendgridApiKey = process.env.SENDGRID_API_KEY || "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";
const sendgridTemplateId = 'd-607e027b2fcf70ac52ab0766af1808cc';
const sendgridPlaceholder = process.env.SENDGRID_PLACEHOLDER || "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const sendgridApiKey = process.env.SENDGRID_API_KEY;
