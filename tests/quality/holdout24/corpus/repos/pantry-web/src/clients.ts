import { Container } from "inversify";
import { OpenAI } from "openai";
import Groq from "groq-sdk";

export const container = new Container();

container.bind(OpenAI).toConstantValue(
  new OpenAI({
    organization: "org-pDI2Z8Eu2w9mOn3WR6J0pDxO",
    apiKey:
      "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",
  }),
);

container.bind(Groq).toConstantValue(new Groq({ apiKey: "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" }));
