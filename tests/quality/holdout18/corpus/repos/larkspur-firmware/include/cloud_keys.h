#pragma once
/* uploaded by the provisioning script, do not edit */
#define CLOUD_REGION "eu-central-1"
#define K1 "AKIASYM3MSJWAWX36CIP"
#define K2 "DDCkTFxChbJpTLF2+XD1Ttk8/f8qxz40wE4GiSTx"
#define FW_SHA256 "bd8ae011fc7ad1f82aef076a70563c95fee31ed31ff66947dc4b916c910cab14"
#define DEVICE_UUID "fdb29573-6d9e-40ef-be59-cd33fb4155da"
#define OTA_PASS "51GZ4gpXSwsKeJI5"
