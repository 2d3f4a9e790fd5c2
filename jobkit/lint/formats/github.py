"""placeholder"""
NAME = "github"
