// anthropic credentials (fake values)
$config['anthropic_api_key'] = 'sk-ant-api03-42HXtVtPLx2Vm7Pkk3-7MbjNBkM_PKsCTPUpP4J4N6OCZFkUUdUYXyVXtwwl6KcChuLc2iNkQkJnOkdsm2FC-R6YSRQr_AA';
putenv('ANTHROPIC_ADMIN_KEY=sk-ant-admin01--jf0SaWl7dUbo11sFuWvPAX2LJh8NoMtwh6c9eOnzxTBE8C4xJZwN9H-ZRl9CZgBrXJhEb8V5F1u1uPsHqIgtwaAtqkTIAA');
$config['anthropic_truncated'] = 'sk-ant-api03-m97kMcy1yl4A';
$config['anthropic_api_key_example'] = 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA';
$key = getenv('ANTHROPIC_API_KEY');
