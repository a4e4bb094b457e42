class Tlwm < Formula
  desc "Tallowmere ops CLI"
  homepage "https://github.com/tallowmere/tallowmere-cli"
  url "https://github.com/tallowmere/tallowmere-cli/archive/refs/tags/v3.4.1.tar.gz"
  sha256 "8a89e390019509c2dd640eba37690be5842617ea6f10b7d3104c4f9cb10a8f51"
  license "MIT"
  depends_on "go" => :build
  def install
    system "go", "build", *std_go_args(ldflags: "-s -w -X main.commit=55e1076ca0dcc2ec80c99bcffa0e4c36ad27b004")
  end
end
