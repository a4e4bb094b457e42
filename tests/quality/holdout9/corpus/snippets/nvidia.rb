# attributes/default.rb
node.override["nvidia"]["token"] = "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"
default['nvidia']['nvidia_api_key'] = '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'
default['acme']['nvidia_model'] = 'meta/llama-3.1-70b-instruct'
default['acme']['ngc_org'] = 'r5z3dfo0j6k8'
default['acme']['nvidia_token'] = ENV['NVIDIA_TOKEN']
