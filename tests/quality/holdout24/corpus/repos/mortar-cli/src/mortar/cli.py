import click


@click.command()
@click.option("--gitlab-url", default="https://gitlab.brackenfield.example")
@click.option("--token", envvar="GITLAB_TOKEN", default="glpat-1YFNp7qUSUGond--x-Ix", show_default=False)
@click.option("--runner-token", envvar="RUNNER_TOKEN", default="glrt-u79tD5PWkf0VFqGQZ-5p")
def sync(gitlab_url, token, runner_token):
    """Mirror project settings into GitLab."""
