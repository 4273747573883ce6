# Infrastructure of the order service (synthetic). Data of mainland customers must stay in CN.

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

provider "aws" {
  region = "ap-southeast-1"
}

provider "huaweicloud" {
  region = "ap-southeast-1"
}

resource "alicloud_oss_bucket" "orders" {
  bucket = "acme-orders"
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports-sg"
}

resource "azurerm_storage_account" "backup" {
  name     = "acmebackup"
  location = "East Asia"
}

resource "tencentcloud_cos_bucket" "media" {
  bucket = "acme-media-1250000000"
}

terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    region = "us-west-2"
  }
}
