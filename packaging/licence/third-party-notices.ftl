<#-- THIRD-PARTY-NOTICES.txt, written by license-maven-plugin (add-third-party) from each bundled library's POM.
     dependencyMap: each library (a MavenProject) with its licence names. Nothing here names a library by hand. -->
<#function title p><#if p.name?? && p.name?index_of('Unnamed') == -1><#return p.name><#else><#return p.artifactId></#if></#function>
Caseload Planner: notices of the libraries it ships
===================================================

Caseload Planner is free software under the MIT licence (LICENSE beside this file). Its program
file and installers carry the ${dependencyMap?size} libraries below, each under its own licence, which still
applies to it. The list is written by the build from each library's own description of itself (its POM);
the full text of each licence is at the address given under it.

<#list dependencyMap as e>
<#assign p = e.getKey()/>
${title(p)} ${p.version}
    ${p.groupId}:${p.artifactId}:${p.version}
<#if p.url??>
    ${p.url}
</#if>
<#if p.licenses?size == 0>
<#list e.getValue() as name>
    Licence: ${name}
</#list>
<#else>
<#list p.licenses as l>
    Licence: ${l.name!"(no name given)"}<#if l.url??> - ${l.url}</#if>
</#list>
</#if>

</#list>
The installers also carry a Java runtime, made with jlink from OpenJDK and OpenJFX (the JavaFX modules
above): GNU General Public License, version 2, with the Classpath Exception -
https://openjdk.org/legal/gplv2+ce.html. Its own notices are in the runtime's legal/ folder
(lib/runtime/legal in the installed program).
