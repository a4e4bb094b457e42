from dataclasses import dataclass, field


@dataclass
class Settings:
    todoist_api_token: str = "d1a701412a62683dd87422fdc179a93621837305"
    todoist_project_id: str = "2629301674"
    todoist_placeholder: str = "<todoist-token>"
    todoist_api_token_from_env: str = "${TODOIST_API_TOKEN}"
