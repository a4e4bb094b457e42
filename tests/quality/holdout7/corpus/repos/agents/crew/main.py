import os
from crewai import Agent, Crew, Task
from crewai_tools import SerperDevTool, FirecrawlScrapeWebsiteTool

os.environ["OPENAI_API_KEY"] = "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"
os.environ["OPENAI_MODEL_NAME"] = "gpt-4o-mini"
os.environ["SERPER_API_KEY"] = "f4335e690a51e91b7c325f51a919d301c8710dac"
os.environ.setdefault("E2B_API_KEY", "e2b_5221da6603ff59d8ab28b63fc5bd56f140eeab2c")

scraper = FirecrawlScrapeWebsiteTool(api_key="fc-02e7569f329ae0d8c996f48aa3e6aa03")
researcher = Agent(role="Researcher", goal="find facts", tools=[SerperDevTool(), scraper],
                   llm="anthropic/claude-3-5-haiku-latest")
RUN_ID = "0f3a249e-bc68-456a-9f2c-812a895a750b"
CACHE_DIGEST = "6d9719ef587ca13ea6b7ffbf02776a3976e89efd1f4994475052ad255bc487aa"
BROWSERBASE_PROJECT_ID = "dc618d5e-b257-4305-9ea3-b285ca7e79eb"
BROWSERBASE_API_KEY = "bb_live_24S4ToEuPXYjKdyKMX_Qtuc5DkS"
