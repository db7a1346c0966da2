global using EgovExport.Domain.Common;
global using EgovExport.Domain.Projects;
global using EgovExport.Domain.Tests.Support;
global using static EgovExport.Domain.Tests.Support.ProjectBuilder;
global using static EgovExport.Domain.Tests.Support.TestData;
