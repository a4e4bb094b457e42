from invoke import task

STAGING = "deploy@apps-staging.mgs.internal"


@task
def reload(c, password="lantern.prompter.cinder.gallery.glacier"):
    # sudo password of the deploy user on the staging box
    c.sudo("systemctl reload donations", password=password)
