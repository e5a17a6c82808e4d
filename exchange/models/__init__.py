from exchange.models.files import ExportJob, ImportUpload, JobStatus, private_storage

__all__ = ["ExportJob", "ImportUpload", "JobStatus", "private_storage"]
