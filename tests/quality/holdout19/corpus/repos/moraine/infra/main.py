from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class Stack(TerraformStack):
    def __init__(self, scope, ns):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-2",
                    access_key="AKIAZDWBDFWIEX34NYFI",
                    secret_key="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")
        DbInstance(self, "db", engine="postgres", instance_class="db.t4g.micro",
                   username="moraine", password="thistle-copper-pixel-pickle", allocated_storage=20)


app = App()
Stack(app, "moraine")
app.synth()
