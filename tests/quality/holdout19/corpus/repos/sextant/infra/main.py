from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class Stack(TerraformStack):
    def __init__(self, scope, ns):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-2",
                    access_key="AKIAF26NDRYLOQVREAXB",
                    secret_key="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")
        DbInstance(self, "db", engine="postgres", instance_class="db.t4g.micro",
                   username="sextant", password="VioletCopperPixel3", allocated_storage=20)


app = App()
Stack(app, "sextant")
app.synth()
